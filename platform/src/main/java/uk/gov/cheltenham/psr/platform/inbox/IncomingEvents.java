package uk.gov.cheltenham.psr.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.events.EventTypes;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.platform.messaging.EventCodec;
import uk.gov.cheltenham.psr.platform.messaging.PoisonMessageException;

/**
 * The one way a PSR consumer takes an event off Kafka: decode it by its type header,
 * then, in one database transaction, record it as processed and let the handler act. A
 * redelivered event finds its row and is skipped; a failing handler rolls both back, so
 * the binder retries it and, after the bounded attempts, sends it to the dead-letter
 * topic.
 */
public class IncomingEvents {

	private static final Logger log = LoggerFactory.getLogger(IncomingEvents.class);

	private final TransactionTemplate transaction;

	private final ProcessedEvents processedEvents;

	private final EventCodec codec;

	public IncomingEvents(TransactionTemplate transaction, ProcessedEvents processedEvents, EventCodec codec) {
		this.transaction = transaction;
		this.processedEvents = processedEvents;
		this.codec = codec;
	}

	/**
	 * Starts a consumer that handles only the event types it names: see
	 * {@link EventHandlers}.
	 * @param consumer the consumer's name in the processed-events table
	 */
	public EventHandlers handlers(String consumer) {
		return new EventHandlers(this, consumer);
	}

	/**
	 * Receives an event if {@code handled} accepts its type; any other is skipped before
	 * its body is read, without a transaction or a processed-events row: a topic carries
	 * many types, and most consumers act on a few. One that is read but not
	 * {@code relevant} is skipped in the same way.
	 */
	void receive(String consumer, Message<byte[]> message, Predicate<Class<? extends PsrEvent>> handled,
			Predicate<PsrEvent> relevant, Consumer<PsrEvent> handler) {
		String type = header(message, Topics.TYPE_HEADER);
		if (type == null) {
			throw new PoisonMessageException("Message without " + Topics.TYPE_HEADER + " header");
		}
		var eventType = EventTypes.byName(type);
		if (eventType.isEmpty()) {
			// a newer producer's event type this consumer does not know yet: not an error
			log.debug("{} ignores event type {}", consumer, type);
			return;
		}
		if (!handled.test(eventType.get())) {
			return;
		}
		PsrEvent event = decode(message.getPayload(), eventType.get());
		if (!relevant.test(event)) {
			// nothing to do for this one, so nothing to remember either
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (this.processedEvents.firstDelivery(consumer, event.eventId())) {
				handler.accept(event);
			}
			else {
				log.info("{} skips redelivered {} {}", consumer, type, event.eventId());
			}
		});
	}

	/**
	 * Reads an event's body.
	 * @throws PoisonMessageException if it cannot be read as that type
	 */
	<E extends PsrEvent> E decode(byte[] payload, Class<E> type) {
		return this.codec.decode(payload, type);
	}

	private static String header(Message<?> message, String name) {
		Object value = message.getHeaders().get(name);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

}
