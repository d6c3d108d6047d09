package uk.gov.cheltenham.psr.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.notification.subscription.SubscriptionRemoved;
import uk.gov.cheltenham.psr.notification.subscription.Subscriptions;
import uk.gov.cheltenham.psr.notification.subscription.TeamSubscription;
import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * Application service: turns marker changes into delivery intents (M3), deletes them when
 * an entry is purged (R12, D5), shows the delivery log and re-drives parked deliveries.
 */
@Service
public class MarkerNotifications {

	private final Subscriptions subscriptions;

	private final Deliveries deliveries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public MarkerNotifications(Subscriptions subscriptions, Deliveries deliveries, ApplicationEventPublisher events,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes one delivery per active subscription of the team and channel (email always,
	 * webhook when the subscription has one), in the caller's transaction. A redelivered
	 * event finds its deliveries and adds none (the unique key on event, subscription and
	 * channel backs this up).
	 * @return how many deliveries were written
	 */
	@Transactional
	public int notifyTeam(MarkerChanged change) {
		Instant now = this.clock.instant();
		int written = 0;
		for (TeamSubscription subscription : this.subscriptions.activeFor(change.team())) {
			for (DeliveryChannel channel : channelsOf(subscription)) {
				if (!this.deliveries.existsByEventIdAndSubscriptionIdAndChannel(change.eventId(), subscription.id(),
						channel)) {
					this.deliveries.save(Delivery.intend(change, subscription, channel, now));
					written++;
				}
			}
		}
		if (written > 0) {
			this.events.publishEvent(new DeliveriesQueued(written));
		}
		return written;
	}

	private static List<DeliveryChannel> channelsOf(TeamSubscription subscription) {
		return (subscription.webhookUrl() != null) ? List.of(DeliveryChannel.EMAIL, DeliveryChannel.WEBHOOK)
				: List.of(DeliveryChannel.EMAIL);
	}

	/**
	 * A CRO sends a FAILED (parked) delivery again, once whatever made it fail is mended.
	 * @throws NotFound if there is no such delivery
	 * @throws RuleViolation if it is not FAILED, or its subscription was removed
	 */
	@Transactional
	public Delivery redrive(UUID deliveryId) {
		Delivery delivery = this.deliveries.findById(deliveryId)
			.orElseThrow(() -> new NotFound("Delivery " + deliveryId));
		if (delivery.status() != DeliveryStatus.FAILED) {
			throw new RuleViolation("M3",
					"Delivery " + deliveryId + " is " + delivery.status() + "; only a FAILED delivery is re-driven");
		}
		if (!delivery.isReminder() && this.subscriptions.find(delivery.subscriptionId()).isEmpty()) {
			throw new RuleViolation("M3", "The subscription of delivery " + deliveryId + " was removed");
		}
		delivery.redrive(this.clock.instant());
		this.events.publishEvent(new DeliveriesQueued(1));
		return delivery;
	}

	/** Deletes every delivery of a purged entry, reminders included (R12, D5). */
	@Transactional
	public int purge(UUID entryId) {
		return this.deliveries.deleteByEntryId(entryId);
	}

	@Transactional(readOnly = true)
	public List<Delivery> log(DeliveryStatus status) {
		return (status != null) ? this.deliveries.findTop200ByStatusOrderByCreatedAtDesc(status)
				: this.deliveries.findTop200ByOrderByCreatedAtDesc();
	}

	/** Runs in the removal's transaction: nothing more goes to a removed subscription. */
	@EventListener
	void on(SubscriptionRemoved removed) {
		this.deliveries.findBySubscriptionIdAndStatus(removed.subscriptionId(), DeliveryStatus.PENDING)
			.forEach(Delivery::cancel);
	}

}
