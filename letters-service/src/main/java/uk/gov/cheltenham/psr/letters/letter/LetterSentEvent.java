package uk.gov.cheltenham.psr.letters.letter;

import java.time.Instant;
import java.util.UUID;

/** Domain event: a letter was sent. Mapped to the published contract in messaging/. */
public record LetterSentEvent(UUID letterId, UUID entryId, LetterType letterType, DeliveryChannel channel,
		Instant sentAt, UUID requestId) {
}
