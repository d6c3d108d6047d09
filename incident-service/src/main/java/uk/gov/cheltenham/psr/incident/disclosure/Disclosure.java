package uk.gov.cheltenham.psr.incident.disclosure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the disclosure log (D3): who received which incident's or contact-details
 * update's details, why, when.
 */
@Entity
@Table(name = "disclosure_log")
public class Disclosure {

	@Id
	private UUID id;

	private String recipient;

	private UUID incidentId;

	private UUID contactDetailsUpdateId;

	private String purpose;

	private Instant disclosedAt;

	protected Disclosure() {
		// for JPA
	}

	private Disclosure(String recipient, UUID incidentId, UUID contactDetailsUpdateId, String purpose, Instant now) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.incidentId = incidentId;
		this.contactDetailsUpdateId = contactDetailsUpdateId;
		this.purpose = purpose;
		this.disclosedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	static Disclosure ofIncident(String recipient, UUID incidentId, String purpose, Instant now) {
		return new Disclosure(recipient, incidentId, null, purpose, now);
	}

	static Disclosure ofContactDetailsUpdate(String recipient, UUID updateId, String purpose, Instant now) {
		return new Disclosure(recipient, null, updateId, purpose, now);
	}

	public String recipient() {
		return this.recipient;
	}

	public UUID incidentId() {
		return this.incidentId;
	}

	public UUID contactDetailsUpdateId() {
		return this.contactDetailsUpdateId;
	}

	public String purpose() {
		return this.purpose;
	}

	public Instant disclosedAt() {
		return this.disclosedAt;
	}

}
