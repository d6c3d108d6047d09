package uk.gov.cheltenham.psr.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.EventTypes;
import uk.gov.cheltenham.psr.events.PsrEvent;

/**
 * A consumer of one topic that names the event types it acts on, one handler each: <pre>
 * return incoming.handlers("letters-service")
 * 	.on(LetterRequested.class, requests::draft)
 * 	.on(EntryPurged.class, (purged) -&gt; letters.purge(purged.entryId()));
 * </pre> An event of a type not named is skipped before its body is read, with no
 * transaction and no processed-events row (by {@link SkipEventsNotActedOn} in the
 * listener container, or here when a record gets past it), and so is one whose handler's
 * condition it does not meet (read, then skipped there too); any other goes through
 * {@link IncomingEvents} (decoded, recorded as processed and handled in one transaction,
 * redeliveries skipped, a body that cannot be read dead-lettered).
 */
public final class EventHandlers implements Consumer<Message<byte[]>> {

	private final IncomingEvents incoming;

	private final String consumer;

	private final Map<Class<? extends PsrEvent>, Handler> handlers = new LinkedHashMap<>();

	EventHandlers(IncomingEvents incoming, String consumer) {
		this.incoming = incoming;
		this.consumer = consumer;
	}

	/**
	 * Acts on events of {@code type}.
	 * @return this, to name the next type
	 * @throws IllegalStateException if {@code type} already has a handler
	 */
	public <E extends PsrEvent> EventHandlers on(Class<E> type, Consumer<? super E> handler) {
		return add(type, new Handler(null, (event) -> handler.accept(type.cast(event))));
	}

	/**
	 * Acts on events of {@code type} for which {@code when} holds; the others are read
	 * and skipped with no transaction and no processed-events row, as there is nothing to
	 * do (nor to remember) for them.
	 * @return this, to name the next type
	 * @throws IllegalStateException if {@code type} already has a handler
	 */
	public <E extends PsrEvent> EventHandlers on(Class<E> type, Predicate<? super E> when,
			Consumer<? super E> handler) {
		return add(type,
				new Handler((event) -> when.test(type.cast(event)), (event) -> handler.accept(type.cast(event))));
	}

	private EventHandlers add(Class<? extends PsrEvent> type, Handler handler) {
		if (this.handlers.putIfAbsent(type, handler) != null) {
			throw new IllegalStateException(this.consumer + " names " + type.getSimpleName() + " twice");
		}
		return this;
	}

	/**
	 * Whether this consumer acts on a record of that type and body: the type is named
	 * and, where its handler has a condition, the event meets it. The body is read only
	 * for a condition; one that cannot be read counts as acted on, so that
	 * {@link IncomingEvents} dead-letters it. An event that meets its condition is read
	 * again there: those are the few (a reported breach among every report), the skipped
	 * ones the many.
	 */
	boolean actsOn(String type, Object body) {
		Optional<Class<? extends PsrEvent>> eventType = EventTypes.byName(type);
		Handler handler = eventType.map(this.handlers::get).orElse(null);
		if (handler == null) {
			return false;
		}
		if (handler.when() == null || !(body instanceof byte[] payload)) {
			return true;
		}
		try {
			return handler.when().test(this.incoming.decode(payload, eventType.get()));
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	@Override
	public void accept(Message<byte[]> message) {
		this.incoming.receive(this.consumer, message, this.handlers::containsKey, (event) -> {
			Predicate<PsrEvent> when = this.handlers.get(event.getClass()).when();
			return when == null || when.test(event);
		}, (event) -> this.handlers.get(event.getClass()).act().accept(event));
	}

	/**
	 * @param when the condition on the event, or null for every event of the type
	 */
	private record Handler(Predicate<PsrEvent> when, Consumer<PsrEvent> act) {

	}

}
