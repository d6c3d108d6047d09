package uk.gov.cheltenham.psr.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry on the register and its next review date, as the last register event said
 * (EntryOpened, EntryReviewed, EntryExtended); gone once the entry is removed or purged.
 */
@Entity
@Table(name = "reminder_review")
public class TrackedReview {

	@Id
	private UUID entryId;

	private LocalDate reviewDue;

	private Instant asOf;

	protected TrackedReview() {
		// for JPA
	}

	public UUID entryId() {
		return this.entryId;
	}

	public LocalDate reviewDue() {
		return this.reviewDue;
	}

	public Instant asOf() {
		return this.asOf;
	}

}
