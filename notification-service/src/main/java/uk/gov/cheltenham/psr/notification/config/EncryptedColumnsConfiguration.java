package uk.gov.cheltenham.psr.notification.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.cheltenham.psr.notification.subscription.WebhookSecretConverter;
import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;

/**
 * The columns this service encrypts with the platform's data keys, so that the platform's
 * key-rotation job re-encrypts them when the active key changes.
 */
@Configuration(proxyBeanMethods = false)
class EncryptedColumnsConfiguration {

	@Bean
	EncryptedColumns webhookSecretColumns() {
		return EncryptedColumns.of(WebhookSecretConverter.TABLE, "id", WebhookSecretConverter.COLUMN);
	}

}
