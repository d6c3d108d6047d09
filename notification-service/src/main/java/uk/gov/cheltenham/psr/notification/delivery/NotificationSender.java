package uk.gov.cheltenham.psr.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import uk.gov.cheltenham.psr.notification.subscription.Subscriptions;
import uk.gov.cheltenham.psr.notification.subscription.TeamSubscription;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.security.Roles;
import uk.gov.cheltenham.psr.platform.work.IntentSender;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * Sends due deliveries of one channel with the platform's {@link IntentSender}: the row
 * is claimed with {@code FOR UPDATE SKIP LOCKED} (so several instances share the work)
 * and committed as SENDING; the notice is then handed to the mail server, with a
 * {@code Message-ID} derived from the delivery's id, or POSTed to the team's webhook with
 * the delivery id; and SENT, or PENDING with a later attempt, or FAILED once the retry
 * window is used up, is recorded in a transaction of its own that is retried while the
 * database is away. Each channel is run by its own polling worker (see
 * {@code config/NotificationSenderConfiguration}): woken straight after deliveries are
 * committed, and polled as a safety net (retries, restarts, a server that was away).
 * <p>
 * At least once, in a narrow window: a sender killed between the send and the record (or
 * a database away for longer than the record window) leaves the delivery SENDING, and it
 * is sent again when its lease runs out, with the same Message-ID or delivery id.
 * <p>
 * A marker notice tells a team that one of its customer references is on the register: a
 * disclosure, recorded in the audit trail (D3) in the transaction that records it SENT.
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

	private final PlatformTransactionManager transactionManager;

	private final Clock clock;

	private final RetryPolicy retryPolicy;

	private final AuditTrail trail;

	private final Duration lease;

	private final Duration recordWindow;

	public NotificationSender(Deliveries deliveries, Subscriptions subscriptions, EmailGateway email,
			WebhookGateway webhooks, PlatformTransactionManager transactionManager, Clock clock, AuditTrail trail,
			@Value("${psr.notification.retry-window}") Duration retryWindow,
			@Value("${psr.notification.retry-backoff}") Duration retryBackoff,
			@Value("${psr.notification.max-retry-backoff}") Duration maxRetryBackoff,
			@Value("${psr.notification.sending-lease}") Duration lease,
			@Value("${psr.notification.record-window}") Duration recordWindow) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.email = email;
		this.webhooks = webhooks;
		this.transactionManager = transactionManager;
		this.clock = clock;
		this.retryPolicy = RetryPolicy.lasting(retryWindow, retryBackoff, maxRetryBackoff);
		this.lease = lease;
		this.recordWindow = recordWindow;
		this.trail = trail;
	}

	/**
	 * Attempts every delivery of every channel that is due now.
	 * @return how many deliveries were claimed
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
	 * @return how many deliveries were claimed
	 */
	public int sendDue(DeliveryChannel channel) {
		return new IntentSender<>("notification", new ChannelIntents(channel), this.transactionManager, this.clock,
				this.lease, this.recordWindow)
			.sendDue();
	}

	/**
	 * One claimed attempt, with everything needed to send it read inside the claim.
	 * Logged by ids only.
	 */
	record Attempt(UUID deliveryId, UUID attemptId, DeliveryChannel channel, String recipient, String messageId,
			TeamNotice notice, WebhookNotice webhookNotice, String webhookSecret) {

		@Override
		public String toString() {
			return "delivery " + this.deliveryId + " (" + this.channel + ", attempt " + this.attemptId + ")";
		}

	}

	/** The claim, send and record steps of one channel's deliveries. */
	private final class ChannelIntents implements IntentSender.Intents<Attempt> {

		private final DeliveryChannel channel;

		ChannelIntents(DeliveryChannel channel) {
			this.channel = channel;
		}

		@Override
		public Optional<IntentSender.Claim<Attempt>> claimNext(Instant now, Instant leaseEnd) {
			List<Delivery> due = NotificationSender.this.deliveries.claimDue(this.channel.name(), now, 1);
			if (due.isEmpty()) {
				return Optional.empty();
			}
			Delivery delivery = due.get(0);
			if (this.channel == DeliveryChannel.WEBHOOK) {
				Optional<TeamSubscription> subscription = NotificationSender.this.subscriptions
					.find(delivery.subscriptionId());
				if (subscription.isEmpty() || subscription.get().webhookSecret() == null) {
					// removed meanwhile: nothing more goes to it
					delivery.cancel();
					return Optional.of(IntentSender.Claim.settled());
				}
				UUID attemptId = delivery.claim(now, leaseEnd);
				return Optional.of(IntentSender.Claim
					.toSend(new Attempt(delivery.id(), attemptId, this.channel, delivery.recipient(), null, null,
							delivery.webhookNotice(), subscription.get().webhookSecret())));
			}
			UUID attemptId = delivery.claim(now, leaseEnd);
			return Optional.of(IntentSender.Claim.toSend(new Attempt(delivery.id(), attemptId, this.channel,
					delivery.recipient(), delivery.messageId(), delivery.notice(), null, null)));
		}

		@Override
		public void send(Attempt attempt) {
			if (attempt.channel() == DeliveryChannel.WEBHOOK) {
				NotificationSender.this.webhooks.post(attempt.recipient(), attempt.webhookSecret(),
						attempt.webhookNotice());
			}
			else {
				NotificationSender.this.email.send(attempt.recipient(), attempt.notice(), attempt.messageId());
			}
		}

		@Override
		public void recordSent(Attempt attempt, Instant now) {
			NotificationSender.this.deliveries.findById(attempt.deliveryId())
				.filter((delivery) -> delivery.sent(attempt.attemptId(), now) && !delivery.isReminder())
				.ifPresent((delivery) -> NotificationSender.this.trail.record(SENDER, Roles.SERVICE, "DISCLOSE",
						"entry", delivery.entryId().toString(), "marker for the team's own records",
						"delivery=" + delivery.id() + ";team=" + delivery.team() + ";channel=" + delivery.channel()
								+ ";change=" + delivery.change()));
		}

		@Override
		public void recordFailed(Attempt attempt, RuntimeException failure, Instant now) {
			// the class only: a message may name the recipient
			String safeError = (failure instanceof DeliveryFailure) ? failure.getMessage()
					: failure.getClass().getName();
			NotificationSender.this.deliveries.findById(attempt.deliveryId()).ifPresent((delivery) -> {
				if (!delivery.failed(attempt.attemptId(), safeError, NotificationSender.this.retryPolicy, now)) {
					return;
				}
				if (delivery.status() == DeliveryStatus.FAILED) {
					log.error("Notification {} ({}) failed for good after {} attempts: {}", delivery.id(),
							delivery.channel(), delivery.attempts(), safeError);
				}
				else {
					log.warn("Notification {} ({}) attempt {} failed, next at {}: {}", delivery.id(),
							delivery.channel(), delivery.attempts(), delivery.nextAttemptAt(), safeError);
				}
			});
		}

	}

}
