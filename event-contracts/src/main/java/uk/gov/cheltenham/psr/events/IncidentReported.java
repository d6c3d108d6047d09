package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A representative's incident report was accepted (I1–I7). {@code linkedEntryId} is set
 * for repeat incidents and breaches of an existing entry (I6, I7), otherwise null;
 * {@code breachOfRestrictions} says the report is of contact that broke one of that
 * entry's restrictions (I7). Which restriction stays in incident-service.
 */
public record IncidentReported(UUID eventId, Instant occurredAt, UUID incidentId, IncidentType incidentType,
		String serviceArea, boolean thirdPartyReport, UUID linkedEntryId,
		boolean breachOfRestrictions) implements PsrEvent {

	@Override
	public String aggregateId() {
		return incidentId.toString();
	}

	@Override
	public String topic() {
		return Topics.INCIDENT_EVENTS;
	}

}
