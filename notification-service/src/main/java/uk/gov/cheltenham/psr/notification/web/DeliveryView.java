package uk.gov.cheltenham.psr.notification.web;

import java.time.Instant;
import java.util.UUID;

import uk.gov.cheltenham.psr.notification.delivery.Delivery;
import uk.gov.cheltenham.psr.notification.delivery.DeliveryChannel;
import uk.gov.cheltenham.psr.notification.delivery.DeliveryStatus;
import uk.gov.cheltenham.psr.notification.delivery.MarkerChange;

/**
 * One line of the delivery log: ids, team, channel and status only; a reminder's line has
 * its reminder id instead of a team and change (M4). Neither the customer reference, the
 * recipient nor the text is shown; the entry id leads a CRO to the register (D1).
 */
record DeliveryView(UUID id, UUID eventId, UUID entryId, UUID subscriptionId, String team, MarkerChange change,
		DeliveryChannel channel, DeliveryStatus status, int attempts, String lastError, Instant occurredAt,
		Instant createdAt, Instant nextAttemptAt, Instant sentAt, UUID reminderId) {

	static DeliveryView of(Delivery delivery) {
		return new DeliveryView(delivery.id(), delivery.eventId(), delivery.entryId(), delivery.subscriptionId(),
				delivery.team(), delivery.change(), delivery.channel(), delivery.status(), delivery.attempts(),
				delivery.lastError(), delivery.occurredAt(), delivery.createdAt(), delivery.nextAttemptAt(),
				delivery.sentAt(), delivery.reminderId());
	}

}
