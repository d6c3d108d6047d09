package uk.gov.cheltenham.psr.notification.config;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.gov.cheltenham.psr.notification.delivery.DeliveriesQueued;
import uk.gov.cheltenham.psr.notification.delivery.DeliveryChannel;
import uk.gov.cheltenham.psr.notification.delivery.NotificationSender;
import uk.gov.cheltenham.psr.notification.subscription.WebhookUrlPolicy;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/**
 * Runs the notification sender in the background, one worker per channel (so a slow
 * webhook never delays email, nor email a webhook), and straight after new deliveries
 * commit.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSenderConfiguration {

	@Bean
	PollingWorker notificationSenderWorker(NotificationSender sender,
			@Value("${psr.notification.poll-interval}") Duration pollInterval) {
		return new PollingWorker("notification-sender", pollInterval, () -> sender.sendDue(DeliveryChannel.EMAIL));
	}

	@Bean
	PollingWorker webhookSenderWorker(NotificationSender sender,
			@Value("${psr.notification.poll-interval}") Duration pollInterval) {
		return new PollingWorker("webhook-sender", pollInterval, () -> sender.sendDue(DeliveryChannel.WEBHOOK));
	}

	@Bean
	DeliveriesQueuedListener deliveriesQueuedListener(
			@Qualifier("notificationSenderWorker") PollingWorker notificationSenderWorker,
			@Qualifier("webhookSenderWorker") PollingWorker webhookSenderWorker) {
		return new DeliveriesQueuedListener(List.of(notificationSenderWorker, webhookSenderWorker));
	}

	/** HTTPS only, unless plain HTTP to loopback is switched on (tests, local runs). */
	@Bean
	WebhookUrlPolicy webhookUrlPolicy(
			@Value("${psr.notification.allow-insecure-loopback-webhooks:false}") boolean allowInsecureLoopback) {
		return new WebhookUrlPolicy(allowInsecureLoopback);
	}

	/** New deliveries were committed: send them now rather than at the next poll. */
	static class DeliveriesQueuedListener {

		private final List<PollingWorker> workers;

		DeliveriesQueuedListener(List<PollingWorker> workers) {
			this.workers = workers;
		}

		@TransactionalEventListener
		void on(DeliveriesQueued queued) {
			this.workers.forEach(PollingWorker::wakeUp);
		}

	}

}
