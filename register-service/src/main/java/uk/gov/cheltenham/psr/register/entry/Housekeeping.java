package uk.gov.cheltenham.psr.register.entry;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/** Runs the register's date-driven rules (R3 expiry, R12 purge) on a schedule. */
@Configuration(proxyBeanMethods = false)
class Housekeeping {

	@Bean
	PollingWorker registerHousekeeping(Register register,
			@Value("${psr.register.housekeeping-interval:PT1H}") Duration interval) {
		return new PollingWorker("register-housekeeping", interval, register::housekeeping);
	}

}
