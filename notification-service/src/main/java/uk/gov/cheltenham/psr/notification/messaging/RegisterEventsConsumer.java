package uk.gov.cheltenham.psr.notification.messaging;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.AppealDecided;
import uk.gov.cheltenham.psr.events.AppealLodged;
import uk.gov.cheltenham.psr.events.EntryExtended;
import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EntryRemoved;
import uk.gov.cheltenham.psr.events.EntryReviewed;
import uk.gov.cheltenham.psr.events.MarkerSet;
import uk.gov.cheltenham.psr.events.MarkerWithdrawn;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.notification.delivery.MarkerChange;
import uk.gov.cheltenham.psr.notification.delivery.MarkerChanged;
import uk.gov.cheltenham.psr.notification.delivery.MarkerNotifications;
import uk.gov.cheltenham.psr.notification.reminder.Reminders;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;
import uk.gov.cheltenham.psr.platform.messaging.PoisonMessageException;

/**
 * Consumes {@code psr.register.events}: markers set and withdrawn become delivery intents
 * (M3); review dates and appeals are tracked for reminders (M4) until the entry is
 * removed; a purged entry's deliveries and reminders are deleted (R12). Other event types
 * are not this service's business.
 */
@Configuration(proxyBeanMethods = false)
class RegisterEventsConsumer {

	static final String CONSUMER = "notification-service";

	@Bean
	Consumer<Message<byte[]>> registerEvents(IncomingEvents incoming, MarkerNotifications notifications,
			Reminders reminders) {
		return incoming.handlers(CONSUMER)
			.on(MarkerSet.class,
					(set) -> notifications.notifyTeam(markerChanged(set.eventId(), set.occurredAt(), set.entryId(),
							set.team(), set.reference(), MarkerChange.ADDED)))
			.on(MarkerWithdrawn.class,
					(withdrawn) -> notifications.notifyTeam(markerChanged(withdrawn.eventId(), withdrawn.occurredAt(),
							withdrawn.entryId(), withdrawn.team(), withdrawn.reference(), MarkerChange.REMOVED)))
			.on(EntryOpened.class,
					(opened) -> reminders.reviewScheduled(required(opened.entryId(), "entryId", opened),
							required(opened.reviewDue(), "reviewDue", opened), occurredAt(opened)))
			.on(EntryReviewed.class, (reviewed) -> {
				UUID entryId = required(reviewed.entryId(), "entryId", reviewed);
				if (reviewed.nextReviewDue() != null) {
					reminders.reviewScheduled(entryId, reviewed.nextReviewDue(), occurredAt(reviewed));
				}
				else {
					reminders.reviewEnded(entryId);
				}
			})
			.on(EntryExtended.class, (extended) -> {
				if (extended.reviewDue() != null) {
					reminders.reviewScheduled(required(extended.entryId(), "entryId", extended), extended.reviewDue(),
							occurredAt(extended));
				}
			})
			.on(EntryRemoved.class,
					(removed) -> reminders.entryRemoved(required(removed.entryId(), "entryId", removed)))
			.on(AppealLodged.class,
					(lodged) -> reminders.appealLodged(required(lodged.appealId(), "appealId", lodged),
							required(lodged.entryId(), "entryId", lodged), occurredAt(lodged)))
			.on(AppealDecided.class,
					(decided) -> reminders.appealDecided(required(decided.appealId(), "appealId", decided)))
			.on(EntryPurged.class, (purged) -> {
				UUID entryId = required(purged.entryId(), "entryId", purged);
				notifications.purge(entryId);
				reminders.purge(entryId);
			});
	}

	/**
	 * A marker event that can never become a notification goes to the dead-letter topic
	 * at once: retrying will not mend it.
	 */
	private static MarkerChanged markerChanged(UUID eventId, Instant occurredAt, UUID entryId, String team,
			String reference, MarkerChange change) {
		try {
			return new MarkerChanged(eventId, occurredAt, entryId, team, reference, change);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new PoisonMessageException("Unusable marker event " + eventId + ": " + ex.getMessage(), ex);
		}
	}

	/** A field an event cannot do without: missing, it goes to the dead-letter topic. */
	static <T> T required(T value, String field, PsrEvent event) {
		if (value == null) {
			throw new PoisonMessageException(event.type() + " " + event.eventId() + " without " + field);
		}
		return value;
	}

	static Instant occurredAt(PsrEvent event) {
		return required(event.occurredAt(), "occurredAt", event);
	}

}
