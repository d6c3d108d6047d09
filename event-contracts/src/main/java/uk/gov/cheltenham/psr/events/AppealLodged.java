package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/** The customer appealed against inclusion (R11). */
public record AppealLodged(UUID eventId, Instant occurredAt, UUID entryId, UUID appealId) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
