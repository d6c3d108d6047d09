package uk.gov.cheltenham.psr.incident.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.incident.review.ReviewOutcome;

/**
 * Domain event: the incident was reviewed. Mapped to the published contract in
 * messaging/.
 */
public record IncidentReviewedEvent(UUID incidentId, Instant reviewedAt, ReviewOutcome outcome,
		IncidentType incidentType, boolean warningStageBypassed, List<CustomerReference> customerReferences,
		UUID linkedEntryId) {
}
