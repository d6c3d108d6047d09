package uk.gov.cheltenham.psr.notification.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.gov.cheltenham.psr.notification.delivery.DeliveriesQueued;
import uk.gov.cheltenham.psr.notification.delivery.NotificationSender;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/**
 * Runs the notification sender in the background, and straight after new deliveries
 * commit.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSenderConfiguration {

	@Bean
	PollingWorker notificationSenderWorker(NotificationSender sender,
			@Value("${psr.notification.poll-interval}") Duration pollInterval) {
		return new PollingWorker("notification-sender", pollInterval, sender::sendDue);
	}

	@Bean
	DeliveriesQueuedListener deliveriesQueuedListener(
			@Qualifier("notificationSenderWorker") PollingWorker notificationSenderWorker) {
		return new DeliveriesQueuedListener(notificationSenderWorker);
	}

	/** New deliveries were committed: send them now rather than at the next poll. */
	static class DeliveriesQueuedListener {

		private final PollingWorker worker;

		DeliveriesQueuedListener(PollingWorker worker) {
			this.worker = worker;
		}

		@TransactionalEventListener
		void on(DeliveriesQueued queued) {
			this.worker.wakeUp();
		}

	}

}
