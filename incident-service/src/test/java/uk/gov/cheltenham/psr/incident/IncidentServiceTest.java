package uk.gov.cheltenham.psr.incident;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;

/**
 * The one configuration of this module's integration tests, so they share one cached
 * application context: the real infrastructure and a {@link MovableClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PsrIntegrationTest
@Import(IncidentServiceTest.MovableClockConfiguration.class)
public @interface IncidentServiceTest {

	@TestConfiguration(proxyBeanMethods = false)
	class MovableClockConfiguration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
