package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/** A complex or sensitive entry was approved (R7). */
public record EntryApproved(UUID eventId, Instant occurredAt, UUID entryId, String approverRole) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
