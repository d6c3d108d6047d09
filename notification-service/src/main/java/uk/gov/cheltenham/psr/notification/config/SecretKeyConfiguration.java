package uk.gov.cheltenham.psr.notification.config;

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

	@Bean
	SecretCipher webhookSecretCipher(@Value("${psr.notification.secret-key}") String base64Key) {
		return SecretCipher.fromBase64Key(base64Key);
	}

}
