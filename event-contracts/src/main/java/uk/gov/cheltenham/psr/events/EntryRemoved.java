package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry was removed from the register (R12); its details are kept until
 * {@code purgeDue}.
 */
public record EntryRemoved(UUID eventId, Instant occurredAt, UUID entryId, LocalDate purgeDue) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
