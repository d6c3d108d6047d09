package uk.gov.cheltenham.psr.register;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every register-service integration test adds to the application: a movable clock
 * and stand-ins for the other services' internal APIs. Every IT class imports exactly
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

	/** D4: the other services' subject access endpoints; static for the same reason. */
	@Bean
	static SubjectAccessServiceStubs subjectAccessServiceStubs() {
		return new SubjectAccessServiceStubs();
	}

}
