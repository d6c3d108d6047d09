package uk.gov.cheltenham.psr.incident.web;

import java.time.Instant;
import java.util.UUID;

import uk.gov.cheltenham.psr.incident.report.Incident;
import uk.gov.cheltenham.psr.incident.report.IncidentStatus;
import uk.gov.cheltenham.psr.incident.report.IncidentType;
import uk.gov.cheltenham.psr.incident.review.ReviewOutcome;

/** What the API shows of an incident. */
record IncidentView(UUID id, IncidentStatus status, IncidentType incidentType, String serviceArea, Instant occurredAt,
		Instant reportedAt, ReviewOutcome reviewOutcome) {

	static IncidentView of(Incident incident) {
		return new IncidentView(incident.id(), incident.status(), incident.incidentType(), incident.serviceArea(),
				incident.occurredAt(), incident.reportedAt(), incident.reviewOutcome());
	}

}
