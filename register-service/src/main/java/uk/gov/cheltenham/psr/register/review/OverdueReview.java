package uk.gov.cheltenham.psr.register.review;

import java.time.LocalDate;
import java.util.UUID;

/** An active entry whose review date has passed (R9); escalated once by the job. */
public record OverdueReview(UUID entryId, LocalDate reviewDue, long daysOverdue, LocalDate escalatedOn) {
}
