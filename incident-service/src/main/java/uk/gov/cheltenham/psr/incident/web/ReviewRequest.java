package uk.gov.cheltenham.psr.incident.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.gov.cheltenham.psr.incident.review.ReviewDecision;
import uk.gov.cheltenham.psr.incident.review.ReviewOutcome;

/** A manager's review (I10). */
record ReviewRequest(@NotNull ReviewOutcome outcome, @Size(max = 2000) String warningBypassReason,
		boolean supportOffered, boolean policeInformed, boolean cctvRequested) {

	ReviewDecision toDecision() {
		return new ReviewDecision(this.outcome, this.warningBypassReason, this.supportOffered, this.policeInformed,
				this.cctvRequested);
	}

}
