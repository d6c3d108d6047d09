package uk.gov.cheltenham.psr.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries, one per transaction: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED} (so several instances share the work), the notice is
 * handed to the mail server, and the row becomes SENT, or PENDING with a later attempt,
 * or FAILED once the attempts are used up. Run by a polling worker (see
 * {@code config/NotificationSenderConfiguration}): woken straight after deliveries are
 * committed, and polled as a safety net (retries, restarts, a mail server that was away).
 * <p>
 * At least once: if the database commit fails after the mail server accepted a notice,
 * the notice is sent again on a later attempt.
 */
@Component
public class NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

	private final Deliveries deliveries;

	private final EmailGateway email;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final RetryPolicy retryPolicy;

	public NotificationSender(Deliveries deliveries, EmailGateway email, PlatformTransactionManager transactionManager,
			Clock clock, @Value("${psr.notification.max-attempts}") int maxAttempts,
			@Value("${psr.notification.retry-backoff}") Duration retryBackoff,
			@Value("${psr.notification.max-retry-backoff}") Duration maxRetryBackoff) {
		this.deliveries = deliveries;
		this.email = email;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.retryPolicy = new RetryPolicy(maxAttempts, retryBackoff, maxRetryBackoff);
	}

	/**
	 * Attempts every delivery that is due now.
	 * @return how many attempts were made
	 */
	public int sendDue() {
		int attempts = 0;
		while (Boolean.TRUE.equals(this.transaction.execute((status) -> attemptNext()))) {
			attempts++;
		}
		return attempts;
	}

	private boolean attemptNext() {
		List<Delivery> claimed = this.deliveries.claimDue(this.clock.instant(), 1);
		if (claimed.isEmpty()) {
			return false;
		}
		Delivery delivery = claimed.get(0);
		try {
			this.email.send(delivery.recipient(), delivery.notice());
			delivery.sent(this.clock.instant());
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
			log.error("Notification {} failed for good after {} attempts: {}", delivery.id(), delivery.attempts(),
					safeError);
		}
		else {
			log.warn("Notification {} attempt {} failed, next at {}: {}", delivery.id(), delivery.attempts(),
					delivery.nextAttemptAt(), safeError);
		}
	}

}
