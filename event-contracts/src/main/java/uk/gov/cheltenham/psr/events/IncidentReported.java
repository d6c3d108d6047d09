package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A representative's incident report was accepted (I1–I7). {@code linkedEntryId} is set
 * for repeat incidents and breaches of an existing entry (I6, I7), otherwise null.
 */
public record IncidentReported(UUID eventId, Instant occurredAt, UUID incidentId, IncidentType incidentType,
		String serviceArea, boolean thirdPartyReport, UUID linkedEntryId) implements PsrEvent {

	@Override
	public String aggregateId() {
		return incidentId.toString();
	}

	@Override
	public String topic() {
		return Topics.INCIDENT_EVENTS;
	}

}
