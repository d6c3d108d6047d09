package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/** The register asks for a letter to the customer (R8, L1–L6). */
public record LetterRequested(UUID eventId, Instant occurredAt, UUID entryId, UUID requestId,
		LetterType letterType) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
