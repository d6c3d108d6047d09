package uk.gov.cheltenham.psr.notification.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.notification.subscription.SecretCipher;

/**
 * The key that encrypts webhook secrets at rest, from
 * {@code PSR_NOTIFICATION_SECRET_KEY}. A missing or malformed key stops the service at
 * startup rather than at the first webhook.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

	/** The default in application.yml: public, so for a developer's machine only. */
	static final String LOCAL_ONLY_KEY = "bG9jYWwtb25seS1kby1ub3QtdXNlLWluLXByb2QtISE=";

	private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);

	@Bean
	SecretCipher webhookSecretCipher(@Value("${psr.notification.secret-key}") String base64Key) {
		if (LOCAL_ONLY_KEY.equals(base64Key.strip())) {
			log.warn("Webhook secrets are encrypted with the LOCAL-ONLY default key; "
					+ "set PSR_NOTIFICATION_SECRET_KEY anywhere but a developer's machine");
		}
		return SecretCipher.fromBase64Key(base64Key);
	}

}
