package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Notice to the customer of an entry is withheld for now (R8): the letters the register
 * had requested under {@code heldRequestIds} and that were not yet sent must not go out.
 * They are requested again, under the same ids, when the customer is to be told. Ids
 * only: the reason stays in the register.
 */
public record NoticeWithheld(UUID eventId, Instant occurredAt, UUID entryId,
		List<UUID> heldRequestIds) implements PsrEvent {

	public NoticeWithheld {
		heldRequestIds = (heldRequestIds != null) ? List.copyOf(heldRequestIds) : List.of();
	}

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
