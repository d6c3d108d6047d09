package uk.gov.cheltenham.psr.incident.disclosure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the disclosure log (D3): who received which incident's details, why, when.
 */
@Entity
@Table(name = "disclosure_log")
public class Disclosure {

	@Id
	private UUID id;

	private String recipient;

	private UUID incidentId;

	private String purpose;

	private Instant disclosedAt;

	protected Disclosure() {
		// for JPA
	}

	Disclosure(String recipient, UUID incidentId, String purpose, Instant now) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.incidentId = incidentId;
		this.purpose = purpose;
		this.disclosedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	public String recipient() {
		return this.recipient;
	}

	public UUID incidentId() {
		return this.incidentId;
	}

	public String purpose() {
		return this.purpose;
	}

	public Instant disclosedAt() {
		return this.disclosedAt;
	}

}
