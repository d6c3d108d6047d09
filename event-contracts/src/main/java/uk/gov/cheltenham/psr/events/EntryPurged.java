package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything personal about an entry was deleted for good (R12, D5): every service
 * deletes its copies.
 */
public record EntryPurged(UUID eventId, Instant occurredAt, UUID entryId) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
