package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The restrictions in force on an entry changed (R4): which kinds now apply and whether
 * any is council-wide. Conditions, named officers and service-area details stay in the
 * register. An empty {@code kinds} means every restriction was lifted.
 */
public record RestrictionsSet(UUID eventId, Instant occurredAt, UUID entryId, List<String> kinds,
		boolean councilWide) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
