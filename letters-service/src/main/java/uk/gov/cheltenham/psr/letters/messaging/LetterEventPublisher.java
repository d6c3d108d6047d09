package uk.gov.cheltenham.psr.letters.messaging;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.events.LetterSent;
import uk.gov.cheltenham.psr.events.LetterType;
import uk.gov.cheltenham.psr.letters.letter.LetterSentEvent;
import uk.gov.cheltenham.psr.platform.outbox.Outbox;

/**
 * Maps the letter's domain events to published contracts and writes them to the outbox.
 * Runs synchronously while the aggregate is saved, so inside its transaction.
 */
@Component
class LetterEventPublisher {

	private final Outbox outbox;

	LetterEventPublisher(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(LetterSentEvent event) {
		this.outbox.publish(new LetterSent(UUID.randomUUID(), event.sentAt(), event.letterId(), event.entryId(),
				LetterType.valueOf(event.letterType().name()), event.channel().name(), event.requestId()));
	}

}
