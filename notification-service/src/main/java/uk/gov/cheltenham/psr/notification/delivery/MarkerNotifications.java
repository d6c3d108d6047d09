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

/**
 * Application service: turns marker changes into delivery intents (M3), deletes them when
 * an entry is purged (R12, D5), and shows the delivery log.
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
	 * Writes one delivery per active subscription of the team, in the caller's
	 * transaction. A redelivered event finds its deliveries and adds none (the unique key
	 * on event and subscription backs this up).
	 * @return how many deliveries were written
	 */
	@Transactional
	public int notifyTeam(MarkerChanged change) {
		Instant now = this.clock.instant();
		int written = 0;
		for (TeamSubscription subscription : this.subscriptions.activeFor(change.team())) {
			if (!this.deliveries.existsByEventIdAndSubscriptionId(change.eventId(), subscription.id())) {
				this.deliveries.save(Delivery.intend(change, subscription, now));
				written++;
			}
		}
		if (written > 0) {
			this.events.publishEvent(new DeliveriesQueued(written));
		}
		return written;
	}

	/** Deletes every delivery of a purged entry (R12, D5). */
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
