package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.restriction.Restriction;
import uk.gov.cheltenham.psr.register.review.EntryReview;
import uk.gov.cheltenham.psr.register.review.ReviewOutcome;
import uk.gov.cheltenham.psr.register.review.ReviewStatus;

record ReviewView(UUID id, UUID entryId, LocalDate reviewedOn, String reviewedBy, ReviewOutcome outcome, String reasons,
		LocalDate nextReviewDue, int newIncidents, int contactsConsidered, boolean justificationGiven,
		ReviewStatus status, LocalDate governanceDecidedOn, List<Restriction> variedRestrictions) {

	static ReviewView of(EntryReview review) {
		return new ReviewView(review.id(), review.entryId(), review.reviewedOn(), review.reviewedBy(), review.outcome(),
				review.reasons(), review.nextReviewDue(), review.newIncidents(), review.contactsConsidered(),
				review.justificationId() != null, review.status(), review.governanceDecidedOn(),
				review.variesRestrictions() ? review.variedRestrictions() : null);
	}

}
