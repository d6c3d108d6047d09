package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/** An appeal was decided (R11): UPHELD, VARIED or OVERTURNED. */
public record AppealDecided(UUID eventId, Instant occurredAt, UUID entryId, UUID appealId,
		String decision) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
