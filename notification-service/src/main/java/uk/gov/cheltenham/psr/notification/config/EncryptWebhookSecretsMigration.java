package uk.gov.cheltenham.psr.notification.config;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.platform.crypto.EncryptColumnsMigration;
import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;

/**
 * Flyway V4: encrypts the webhook secrets stored in plain text before V3, with the
 * platform's {@link FieldCipher} (V6 moves those encrypted in the earlier format). Values
 * already encrypted are left alone, so running it again changes nothing.
 */
@Component
class EncryptWebhookSecretsMigration extends EncryptColumnsMigration {

	/** Every encrypted value, in either format, starts with this. */
	static final String ENCRYPTED_PREFIX = "v1:";

	EncryptWebhookSecretsMigration(FieldCipher cipher) {
		super(cipher, "4", "encrypt webhook secrets", EncryptedColumnsConfiguration.WEBHOOK_SECRETS);
	}

}
