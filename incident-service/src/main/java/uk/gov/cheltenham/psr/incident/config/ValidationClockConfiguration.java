package uk.gov.cheltenham.psr.incident.config;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean validation's "past or present" reads the application's clock, the same one the
 * domain's time rules use (I1, I5, I8), so the edge and the domain never disagree on what
 * "now" is.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClockConfiguration {

	@Bean
	ValidationConfigurationCustomizer applicationClockForValidation(Clock clock) {
		return (configuration) -> configuration.clockProvider(() -> clock);
	}

}
