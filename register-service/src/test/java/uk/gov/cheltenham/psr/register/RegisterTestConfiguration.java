package uk.gov.cheltenham.psr.register;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every register-service integration test adds to the application: a movable clock
 * and a stand-in for incident-service's internal API. Every IT class imports exactly
 * this, so they all share one cached Spring context (and one set of Kafka consumers).
 */
@TestConfiguration(proxyBeanMethods = false)
class RegisterTestConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

	/** Static: it must point the application at its port before other beans are made. */
	@Bean
	static IncidentServiceStub incidentServiceStub() {
		return new IncidentServiceStub();
	}

}
