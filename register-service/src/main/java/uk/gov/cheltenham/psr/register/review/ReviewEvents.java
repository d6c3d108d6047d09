package uk.gov.cheltenham.psr.register.review;

import java.time.LocalDate;
import java.util.UUID;

/** Domain events of reviews; messaging/ maps them to published contracts. */
public final class ReviewEvents {

	private ReviewEvents() {
	}

	public record Recorded(UUID entryId, UUID reviewId, ReviewOutcome outcome, LocalDate nextReviewDue) {
	}

}
