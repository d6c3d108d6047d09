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

	/** For the V4 migration and the key-rotation job. */
	static final EncryptedColumns WEBHOOK_SECRETS = EncryptedColumns.of(WebhookSecretConverter.TABLE, "id",
			WebhookSecretConverter.COLUMN);

	@Bean
	EncryptedColumns webhookSecretColumns() {
		return WEBHOOK_SECRETS;
	}

}
