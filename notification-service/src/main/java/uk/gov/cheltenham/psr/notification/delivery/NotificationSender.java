package uk.gov.cheltenham.psr.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.notification.subscription.Subscriptions;
import uk.gov.cheltenham.psr.notification.subscription.TeamSubscription;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.security.Roles;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * Sends due deliveries of one channel, one per transaction: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances share the work), the notice is
 * handed to the mail server or POSTed to the team's webhook, and the row becomes SENT, or
 * PENDING with a later attempt, or FAILED once the attempts are used up. Each channel is
 * run by its own polling worker (see {@code config/NotificationSenderConfiguration}):
 * woken straight after deliveries are committed, and polled as a safety net (retries,
 * restarts, a server that was away). Email and webhooks thus never wait for each other,
 * and a slow webhook holds the next one back by at most its timeouts (connect + read).
 * <p>
 * At least once: if the database commit fails after a notice was accepted, it is sent
 * again on a later attempt (a webhook receiver de-duplicates on the delivery id).
 * <p>
 * A marker notice tells a team that one of its customer references is on the register: a
 * disclosure, recorded in the audit trail (D3) in the transaction that marks it SENT.
 */
@Component
public class NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

	/** The discloser: this service, telling teams on the council's behalf. */
	private static final String SENDER = "notification-service";

	private final Deliveries deliveries;

	private final Subscriptions subscriptions;

	private final EmailGateway email;

	private final WebhookGateway webhooks;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final RetryPolicy retryPolicy;

	private final AuditTrail trail;

	public NotificationSender(Deliveries deliveries, Subscriptions subscriptions, EmailGateway email,
			WebhookGateway webhooks, PlatformTransactionManager transactionManager, Clock clock, AuditTrail trail,
			@Value("${psr.notification.max-attempts}") int maxAttempts,
			@Value("${psr.notification.retry-backoff}") Duration retryBackoff,
			@Value("${psr.notification.max-retry-backoff}") Duration maxRetryBackoff) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.email = email;
		this.webhooks = webhooks;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.retryPolicy = new RetryPolicy(maxAttempts, retryBackoff, maxRetryBackoff);
		this.trail = trail;
	}

	/**
	 * Attempts every delivery of every channel that is due now.
	 * @return how many attempts were made
	 */
	public int sendDue() {
		int attempts = 0;
		for (DeliveryChannel channel : DeliveryChannel.values()) {
			attempts += sendDue(channel);
		}
		return attempts;
	}

	/**
	 * Attempts every delivery of {@code channel} that is due now.
	 * @return how many attempts were made
	 */
	public int sendDue(DeliveryChannel channel) {
		int attempts = 0;
		while (Boolean.TRUE.equals(this.transaction.execute((status) -> attemptNext(channel)))) {
			attempts++;
		}
		return attempts;
	}

	private boolean attemptNext(DeliveryChannel channel) {
		List<Delivery> claimed = this.deliveries.claimDue(channel.name(), this.clock.instant(), 1);
		if (claimed.isEmpty()) {
			return false;
		}
		Delivery delivery = claimed.get(0);
		try {
			if (channel == DeliveryChannel.WEBHOOK) {
				Optional<TeamSubscription> subscription = this.subscriptions.find(delivery.subscriptionId());
				if (subscription.isEmpty() || subscription.get().webhookSecret() == null) {
					// removed meanwhile: nothing more goes to it
					delivery.cancel();
					return true;
				}
				this.webhooks.post(delivery.recipient(), subscription.get().webhookSecret(), delivery.webhookNotice());
			}
			else {
				this.email.send(delivery.recipient(), delivery.notice());
			}
			delivery.sent(this.clock.instant());
			if (!delivery.isReminder()) {
				this.trail.record(SENDER, Roles.SERVICE, "DISCLOSE", "entry", delivery.entryId().toString(),
						"marker for the team's own records", "delivery=" + delivery.id() + ";team=" + delivery.team()
								+ ";channel=" + delivery.channel() + ";change=" + delivery.change());
			}
		}
		catch (DeliveryFailure ex) {
			failed(delivery, ex.getMessage());
		}
		catch (RuntimeException ex) {
			// the class only: a message may name the recipient
			failed(delivery, ex.getClass().getName());
		}
		return true;
	}

	private void failed(Delivery delivery, String safeError) {
		delivery.failed(safeError, this.retryPolicy, this.clock.instant());
		if (delivery.status() == DeliveryStatus.FAILED) {
			log.error("Notification {} ({}) failed for good after {} attempts: {}", delivery.id(), delivery.channel(),
					delivery.attempts(), safeError);
		}
		else {
			log.warn("Notification {} ({}) attempt {} failed, next at {}: {}", delivery.id(), delivery.channel(),
					delivery.attempts(), delivery.nextAttemptAt(), safeError);
		}
	}

}
