package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An uninvolved manager reviewed an incident (I9, I10). The customer's team references
 * address markers (M2); everything personal stays in incident-service.
 */
public record IncidentReviewed(UUID eventId, Instant occurredAt, UUID incidentId, ReviewOutcome outcome,
		IncidentType incidentType, boolean warningStageBypassed, List<TeamReference> customerReferences,
		UUID linkedEntryId) implements PsrEvent {

	@Override
	public String aggregateId() {
		return incidentId.toString();
	}

	@Override
	public String topic() {
		return Topics.INCIDENT_EVENTS;
	}

}
