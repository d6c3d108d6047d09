package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An entry's restriction period was extended after a recorded re-decision (R3, R9). */
public record EntryExtended(UUID eventId, Instant occurredAt, UUID entryId, LocalDate expiresOn,
		LocalDate reviewDue) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
