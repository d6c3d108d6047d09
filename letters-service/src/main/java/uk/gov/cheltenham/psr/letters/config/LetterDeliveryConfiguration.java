package uk.gov.cheltenham.psr.letters.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.gov.cheltenham.psr.letters.delivery.DeliveryRequested;
import uk.gov.cheltenham.psr.letters.delivery.LetterSender;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/**
 * Runs the letter sender in the background: polled as a safety net (retries, restarts, a
 * mail server that was away) and woken as soon as a delivery is committed.
 */
@Configuration(proxyBeanMethods = false)
class LetterDeliveryConfiguration {

	@Bean
	PollingWorker letterSenderWorker(LetterSender sender,
			@Value("${psr.letters.delivery.poll-interval}") Duration pollInterval) {
		return new PollingWorker("letter-sender", pollInterval, sender::sendDue);
	}

	@Bean
	DeliveryRequestedListener deliveryRequestedListener(@Qualifier("letterSenderWorker") PollingWorker worker) {
		return new DeliveryRequestedListener(worker);
	}

	/** A delivery was committed: send it now rather than at the next poll. */
	static class DeliveryRequestedListener {

		private final PollingWorker worker;

		DeliveryRequestedListener(PollingWorker worker) {
			this.worker = worker;
		}

		@TransactionalEventListener
		void on(DeliveryRequested requested) {
			this.worker.wakeUp();
		}

	}

}
