package uk.gov.cheltenham.psr.incident.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.gov.cheltenham.psr.incident.report.CustomerReference;
import uk.gov.cheltenham.psr.incident.review.ReviewDeadline;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * A registered customer's changed contact details as a service team reported them (I8).
 * Kept as reported; register-service decides what to do with them.
 */
@Entity
@Table(name = "contact_details_update")
public class ContactDetailsUpdate extends AbstractAggregateRoot<ContactDetailsUpdate> {

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID entryId;

	private String reportedBy;

	private Instant reportedAt;

	private String serviceArea;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "team", column = @Column(name = "customer_team")),
			@AttributeOverride(name = "reference", column = @Column(name = "customer_reference")) })
	private CustomerReference customerReference;

	@Convert(converter = ContactDetailsColumns.Address.class)
	private String address;

	@Convert(converter = ContactDetailsColumns.Postcode.class)
	private String postcode;

	@Convert(converter = ContactDetailsColumns.Phone.class)
	private String phone;

	@Convert(converter = ContactDetailsColumns.Email.class)
	private String email;

	private LocalDate changedOn;

	protected ContactDetailsUpdate() {
		// for JPA
	}

	private ContactDetailsUpdate(ContactDetailsDraft draft, String reportedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.entryId = draft.entryId();
		this.reportedBy = reportedBy;
		this.reportedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.serviceArea = draft.serviceArea();
		this.customerReference = draft.customerReference();
		this.address = draft.address();
		this.postcode = draft.postcode();
		this.phone = draft.phone();
		this.email = draft.email();
		this.changedOn = draft.changedOn();
	}

	/**
	 * Accepts a team's report of changed contact details (I8).
	 * @param onRegister whether an entry is on the register now
	 * @throws RuleViolation if nothing changes, the change lies in the future or the
	 * customer is not on the register
	 */
	public static ContactDetailsUpdate report(ContactDetailsDraft draft, String reportedBy, Instant now,
			Predicate<UUID> onRegister) {
		if (!draft.changesAnything()) {
			throw new RuleViolation("I8", "Give at least one of address, postcode, phone or email");
		}
		if (draft.changedOn() != null
				&& draft.changedOn().isAfter(LocalDate.ofInstant(now, ReviewDeadline.COUNCIL_ZONE))) {
			throw new RuleViolation("I8", "changedOn lies in the future");
		}
		if (!onRegister.test(draft.entryId())) {
			throw new RuleViolation("I8", "The entry (entryId) is not on the register: only a registered customer's "
					+ "contact details are reported here");
		}
		ContactDetailsUpdate update = new ContactDetailsUpdate(draft, reportedBy, now);
		update.registerEvent(new ContactDetailsUpdateReportedEvent(update.id, update.entryId, update.reportedAt));
		return update;
	}

	public boolean wasReportedBy(String person) {
		return this.reportedBy.equals(person);
	}

	public UUID id() {
		return this.id;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public String reportedBy() {
		return this.reportedBy;
	}

	public Instant reportedAt() {
		return this.reportedAt;
	}

	public String serviceArea() {
		return this.serviceArea;
	}

	public CustomerReference customerReference() {
		return this.customerReference;
	}

	public String address() {
		return this.address;
	}

	public String postcode() {
		return this.postcode;
	}

	public String phone() {
		return this.phone;
	}

	public String email() {
		return this.email;
	}

	public LocalDate changedOn() {
		return this.changedOn;
	}

}
