package uk.gov.cheltenham.psr.register.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the reviewer and the Governance Group weigh (R9, R10): incidents linked since the
 * last review (I6, I7) apart from those already considered, positive or neutral contacts
 * since then, and for entries based on personal circumstances the raising team's
 * justification. {@code breachesOfRestrictions}: those of the incidents reported as
 * breaches of the entry's restrictions (I7).
 */
public record EvidencePack(UUID entryId, LocalDate lastReviewedOn, LocalDate reviewDue, boolean reviewOverdue,
		List<UUID> incidentsSinceLastReview, List<UUID> earlierIncidents, List<ContactNote> contactsSinceLastReview,
		boolean basedOnPersonalCircumstances, Optional<RetentionJustification> justification,
		List<UUID> breachesOfRestrictions) {

	/** Whether keeping the entry needs a justification that has not been given yet. */
	public boolean justificationMissing() {
		return this.basedOnPersonalCircumstances && this.justification.isEmpty();
	}

}
