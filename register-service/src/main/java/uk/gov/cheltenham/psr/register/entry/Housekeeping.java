package uk.gov.cheltenham.psr.register.entry;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/**
 * Runs the register's date-driven rules (R3 expiry, R12 purge, and every
 * {@link HousekeepingTask} such as R9 escalation) on a schedule.
 */
@Configuration(proxyBeanMethods = false)
class Housekeeping {

	@Bean
	PollingWorker registerHousekeeping(Register register, List<HousekeepingTask> tasks,
			@Value("${psr.register.housekeeping-interval:PT1H}") Duration interval) {
		return new PollingWorker("register-housekeeping", interval, () -> {
			register.housekeeping();
			tasks.forEach(HousekeepingTask::run);
		});
	}

}
