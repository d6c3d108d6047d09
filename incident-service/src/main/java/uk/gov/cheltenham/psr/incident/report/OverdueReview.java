package uk.gov.cheltenham.psr.incident.report;

import java.time.LocalDate;

/** An incident waiting for review past its deadline (I11). */
public record OverdueReview(Incident incident, long workingDaysWaiting, LocalDate reviewDueBy) {
}
