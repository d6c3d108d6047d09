package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter was delivered by EMAIL or handed to the POST print queue (L7).
 *
 * @param requestId the register's letter request it answers ({@code LetterRequested}), or
 * {@code null} for a letter the register did not request
 */
public record LetterSent(UUID eventId, Instant occurredAt, UUID letterId, UUID entryId, LetterType letterType,
		String channel, UUID requestId) implements PsrEvent {

	@Override
	public String aggregateId() {
		return letterId.toString();
	}

	@Override
	public String topic() {
		return Topics.LETTER_EVENTS;
	}

}
