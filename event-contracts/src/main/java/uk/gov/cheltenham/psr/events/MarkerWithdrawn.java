package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/** A marker was withdrawn (M2, M3). */
public record MarkerWithdrawn(UUID eventId, Instant occurredAt, UUID entryId, String team,
		String reference) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
