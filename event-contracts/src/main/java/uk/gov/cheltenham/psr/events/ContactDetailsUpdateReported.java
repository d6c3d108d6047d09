package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A service team reported changed contact details of a customer on the register (I8); the
 * details themselves are read through incident-service's internal API.
 */
public record ContactDetailsUpdateReported(UUID eventId, Instant occurredAt, UUID updateId,
		UUID entryId) implements PsrEvent {

	@Override
	public String aggregateId() {
		return updateId.toString();
	}

	@Override
	public String topic() {
		return Topics.INCIDENT_EVENTS;
	}

}
