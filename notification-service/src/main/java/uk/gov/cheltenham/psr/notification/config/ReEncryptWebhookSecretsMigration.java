package uk.gov.cheltenham.psr.notification.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.notification.subscription.WebhookSecretConverter;
import uk.gov.cheltenham.psr.platform.crypto.CipherMigration;
import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;

/**
 * Flyway V6: moves the webhook secrets encrypted by the service's former own cipher
 * ({@code v1:<base64>}, key {@code psr.notification.secret-key}, associated data
 * {@value #LEGACY_LABEL}) to the platform's {@link FieldCipher}
 * ({@code v1:<key id>:<base64>}, keys {@code psr.crypto.keys.*}). The former format was
 * the same AES-256-GCM layout, so the platform cipher reads it once given the old key
 * under an id of its own. Values already in the new format are left alone, so running it
 * again changes nothing. The old key is needed only until this has run.
 */
@Component
class ReEncryptWebhookSecretsMigration extends CipherMigration {

	static final String LEGACY_LABEL = "psr.notification.webhook-secret";

	private static final String LEGACY_KEY_ID = "notification-legacy";

	private final FieldCipher cipher;

	private final String legacyKey;

	ReEncryptWebhookSecretsMigration(FieldCipher cipher, @Value("${psr.notification.secret-key:}") String legacyKey) {
		super("6", "re-encrypt webhook secrets with the platform cipher");
		this.cipher = cipher;
		this.legacyKey = legacyKey.strip();
	}

	/**
	 * Re-encrypts every webhook secret still in the former format.
	 * @return how many were re-encrypted
	 */
	@Override
	public int migrate(Connection connection) throws SQLException {
		Map<UUID, String> legacy = new LinkedHashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("select id, webhook_secret from team_subscription where webhook_secret is not null");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				String stored = rows.getString(2);
				if (isLegacy(stored)) {
					legacy.put(rows.getObject(1, UUID.class), stored);
				}
			}
		}
		if (legacy.isEmpty()) {
			return 0;
		}
		FieldCipher legacyCipher = legacyCipher();
		try (PreparedStatement update = connection
			.prepareStatement("update team_subscription set webhook_secret = ? where id = ?")) {
			for (Map.Entry<UUID, String> row : legacy.entrySet()) {
				String secret = legacyCipher.decrypt(asKeyed(row.getValue()), LEGACY_LABEL);
				update.setString(1, this.cipher.encrypt(secret, WebhookSecretConverter.LABEL));
				update.setObject(2, row.getKey());
				update.addBatch();
			}
			update.executeBatch();
		}
		return legacy.size();
	}

	/** {@code v1:<base64>}: encrypted, but without the key id the platform writes. */
	static boolean isLegacy(String stored) {
		String prefix = EncryptWebhookSecretsMigration.ENCRYPTED_PREFIX;
		return stored.startsWith(prefix) && stored.indexOf(':', prefix.length()) < 0;
	}

	private static String asKeyed(String legacy) {
		String prefix = EncryptWebhookSecretsMigration.ENCRYPTED_PREFIX;
		return prefix + LEGACY_KEY_ID + ":" + legacy.substring(prefix.length());
	}

	private FieldCipher legacyCipher() {
		if (this.legacyKey.isEmpty()) {
			throw new IllegalStateException("webhook secrets in the former format need psr.notification.secret-key");
		}
		// the blind-index key is required by the constructor but never used here
		return new FieldCipher(Map.of(LEGACY_KEY_ID, Base64.getDecoder().decode(this.legacyKey)), LEGACY_KEY_ID,
				new byte[32]);
	}

}
