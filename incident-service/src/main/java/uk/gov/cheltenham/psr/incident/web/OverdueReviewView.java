package uk.gov.cheltenham.psr.incident.web;

import java.time.LocalDate;

import uk.gov.cheltenham.psr.incident.report.OverdueReview;

/** An incident whose review is overdue (I11), with how late it is. */
record OverdueReviewView(IncidentView incident, long workingDaysWaiting, LocalDate reviewDueBy) {

	static OverdueReviewView of(OverdueReview overdue) {
		return new OverdueReviewView(IncidentView.of(overdue.incident()), overdue.workingDaysWaiting(),
				overdue.reviewDueBy());
	}

}
