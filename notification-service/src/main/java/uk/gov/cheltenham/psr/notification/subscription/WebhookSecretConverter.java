package uk.gov.cheltenham.psr.notification.subscription;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Keeps a subscription's webhook secret encrypted in its column and plain in memory,
 * where the sender needs it to sign. A Spring bean (Hibernate asks Spring for its
 * converters), so the key comes from configuration.
 */
@Component
@Converter
public class WebhookSecretConverter implements AttributeConverter<String, String> {

	private final SecretCipher cipher;

	public WebhookSecretConverter(SecretCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String secret) {
		return (secret != null) ? this.cipher.encrypt(secret) : null;
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return (stored != null) ? this.cipher.decrypt(stored) : null;
	}

}
