package uk.gov.cheltenham.psr.notification.reminder;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An appeal lodged and not yet decided (R11): its ids and when it was lodged. */
@Entity
@Table(name = "reminder_appeal")
public class WaitingAppeal {

	@Id
	private UUID appealId;

	private UUID entryId;

	private Instant lodgedAt;

	protected WaitingAppeal() {
		// for JPA
	}

	public UUID appealId() {
		return this.appealId;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public Instant lodgedAt() {
		return this.lodgedAt;
	}

}
