package uk.gov.cheltenham.psr.incident.report;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of a persistent-contact report (I5): on this day, by this channel, the
 * customer contacted this officer this many times.
 */
@Embeddable
public record PersistentContact(@Column(name = "contact_date") LocalDate date,
		@Enumerated(EnumType.STRING) @Column(name = "channel") Channel channel,
		@Column(name = "officer_contacted") String officerContacted, @Column(name = "contact_count") int count) {

	/** Two lines for the same day, channel and officer would double-count. */
	boolean sameOccasionAs(PersistentContact other) {
		return this.date.equals(other.date) && this.channel == other.channel
				&& this.officerContacted.equals(other.officerContacted);
	}

}
