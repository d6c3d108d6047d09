package uk.gov.cheltenham.psr.notification.reminder;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An incident reported and not yet reviewed (I11): its id, when it was reported and the
 * entry it is linked to, if any. Nothing from the report itself.
 */
@Entity
@Table(name = "reminder_incident")
public class WaitingIncident {

	@Id
	private UUID incidentId;

	private Instant reportedAt;

	private UUID linkedEntryId;

	protected WaitingIncident() {
		// for JPA
	}

	public UUID incidentId() {
		return this.incidentId;
	}

	public Instant reportedAt() {
		return this.reportedAt;
	}

	public UUID linkedEntryId() {
		return this.linkedEntryId;
	}

}
