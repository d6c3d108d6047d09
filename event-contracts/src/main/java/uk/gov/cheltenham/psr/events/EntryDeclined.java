package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complex or sensitive entry awaiting approval was declined by the CSSM or the
 * Executive Director standing in (R7): it never took effect, so no marker was set and no
 * team or customer is told. Its details are kept until {@code purgeDue} (R12), then
 * {@link EntryPurged} follows. The reason stays in the register.
 */
public record EntryDeclined(UUID eventId, Instant occurredAt, UUID entryId, String declinerRole,
		LocalDate purgeDue) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
