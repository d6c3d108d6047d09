package uk.gov.cheltenham.psr.register.review;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * A positive or neutral contact with the customer, recorded against the entry by staff,
 * considered at the next review to support removal (R9, policy §4.7).
 */
@Entity
@Table(name = "contact_note")
public class ContactNote {

	@Id
	private UUID id;

	private UUID entryId;

	private LocalDate contactOn;

	private String team;

	@Enumerated(EnumType.STRING)
	private ContactKind kind;

	private String note;

	private String recordedBy;

	private LocalDate recordedOn;

	private UUID consideredInReview;

	protected ContactNote() {
		// for JPA
	}

	public static ContactNote record(UUID entryId, LocalDate contactOn, String team, ContactKind kind, String note,
			String recordedBy, LocalDate today) {
		if (contactOn.isAfter(today)) {
			throw new RuleViolation("R9", "A contact is recorded once it has happened");
		}
		ContactNote contact = new ContactNote();
		contact.id = UUID.randomUUID();
		contact.entryId = entryId;
		contact.contactOn = contactOn;
		contact.team = team;
		contact.kind = kind;
		contact.note = note;
		contact.recordedBy = recordedBy;
		contact.recordedOn = today;
		return contact;
	}

	/** Considered by this review, so the next one sees only newer contacts. */
	void consideredIn(UUID reviewId) {
		this.consideredInReview = reviewId;
	}

	public UUID id() {
		return this.id;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public LocalDate contactOn() {
		return this.contactOn;
	}

	public String team() {
		return this.team;
	}

	public ContactKind kind() {
		return this.kind;
	}

	public String note() {
		return this.note;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	public LocalDate recordedOn() {
		return this.recordedOn;
	}

}
