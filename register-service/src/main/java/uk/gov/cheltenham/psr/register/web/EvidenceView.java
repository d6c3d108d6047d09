package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.review.EvidencePack;

record EvidenceView(UUID entryId, LocalDate lastReviewedOn, LocalDate reviewDue, boolean reviewOverdue,
		List<UUID> incidentsSinceLastReview, List<UUID> earlierIncidents, List<ContactView> contactsSinceLastReview,
		boolean basedOnPersonalCircumstances, JustificationView justification, boolean justificationMissing,
		List<UUID> breachesOfRestrictions) {

	static EvidenceView of(EvidencePack pack) {
		return new EvidenceView(pack.entryId(), pack.lastReviewedOn(), pack.reviewDue(), pack.reviewOverdue(),
				pack.incidentsSinceLastReview(), pack.earlierIncidents(),
				pack.contactsSinceLastReview().stream().map(ContactView::of).toList(),
				pack.basedOnPersonalCircumstances(), pack.justification().map(JustificationView::of).orElse(null),
				pack.justificationMissing(), pack.breachesOfRestrictions());
	}

}
