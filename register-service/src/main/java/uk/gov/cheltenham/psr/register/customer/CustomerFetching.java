package uk.gov.cheltenham.psr.register.customer;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/**
 * Runs the customer fetches (R2): soon after a fetch is committed, and on a schedule as a
 * safety net for retries and restarts.
 */
@Configuration(proxyBeanMethods = false)
class CustomerFetching {

	@Bean
	PollingWorker customerFetchWorker(CustomerRecords records,
			@Value("${psr.register.customer-fetch-interval:PT30S}") Duration interval) {
		return new PollingWorker("customer-fetch", interval, records::fetchDue);
	}

	@Bean
	WakeUpAfterCommit customerFetchWakeUp(@Qualifier("customerFetchWorker") PollingWorker worker) {
		return new WakeUpAfterCommit(worker);
	}

	/** Wakes the worker once a requested fetch is committed, so it is done at once. */
	static final class WakeUpAfterCommit {

		private final PollingWorker worker;

		WakeUpAfterCommit(PollingWorker worker) {
			this.worker = worker;
		}

		@TransactionalEventListener
		void on(CustomerFetch.Requested requested) {
			this.worker.wakeUp();
		}

	}

}
