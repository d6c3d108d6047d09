package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/** A letter was delivered by EMAIL or handed to the POST print queue (L7). */
public record LetterSent(UUID eventId, Instant occurredAt, UUID letterId, UUID entryId, LetterType letterType,
		String channel) implements PsrEvent {

	@Override
	public String aggregateId() {
		return letterId.toString();
	}

	@Override
	public String topic() {
		return Topics.LETTER_EVENTS;
	}

}
