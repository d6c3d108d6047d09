package uk.gov.cheltenham.psr.notification.messaging;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.MarkerSet;
import uk.gov.cheltenham.psr.events.MarkerWithdrawn;
import uk.gov.cheltenham.psr.notification.delivery.MarkerChange;
import uk.gov.cheltenham.psr.notification.delivery.MarkerChanged;
import uk.gov.cheltenham.psr.notification.delivery.MarkerNotifications;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;
import uk.gov.cheltenham.psr.platform.messaging.PoisonMessageException;

/**
 * Consumes {@code psr.register.events}: markers set and withdrawn become delivery intents
 * (M3), a purged entry's deliveries are deleted (R12). Other event types are not this
 * service's business.
 */
@Configuration(proxyBeanMethods = false)
class RegisterEventsConsumer {

	static final String CONSUMER = "notification-service";

	@Bean
	Consumer<Message<byte[]>> registerEvents(IncomingEvents incoming, MarkerNotifications notifications) {
		return (message) -> incoming.receive(CONSUMER, message, (event) -> {
			if (event instanceof MarkerSet set) {
				notifications.notifyTeam(markerChanged(set.eventId(), set.occurredAt(), set.entryId(), set.team(),
						set.reference(), MarkerChange.ADDED));
			}
			else if (event instanceof MarkerWithdrawn withdrawn) {
				notifications.notifyTeam(markerChanged(withdrawn.eventId(), withdrawn.occurredAt(), withdrawn.entryId(),
						withdrawn.team(), withdrawn.reference(), MarkerChange.REMOVED));
			}
			else if (event instanceof EntryPurged purged) {
				if (purged.entryId() == null) {
					throw new PoisonMessageException("EntryPurged " + purged.eventId() + " without entryId");
				}
				notifications.purge(purged.entryId());
			}
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

}
