package uk.gov.cheltenham.psr.notification.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.notification.subscription.WebhookSecretConverter;
import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;

/**
 * Flyway V4: encrypts the webhook secrets stored in plain text before V3, now with the
 * platform's {@link FieldCipher} (V6 moves those encrypted in the earlier format). A Java
 * migration because the keys live outside the database; a Spring bean, so Flyway gets the
 * configured cipher. Values already encrypted are left alone, so running it again changes
 * nothing.
 */
@Component
class EncryptWebhookSecretsMigration implements JavaMigration {

	/** Every encrypted value, in either format, starts with this. */
	static final String ENCRYPTED_PREFIX = "v1:";

	private final FieldCipher cipher;

	EncryptWebhookSecretsMigration(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("4");
	}

	@Override
	public String getDescription() {
		return "encrypt webhook secrets";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		encryptPlainSecrets(context.getConnection());
	}

	/**
	 * Encrypts every webhook secret still in plain text.
	 * @return how many were encrypted
	 */
	int encryptPlainSecrets(Connection connection) throws SQLException {
		Map<UUID, String> plain = new LinkedHashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("select id, webhook_secret from team_subscription where webhook_secret is not null");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				String stored = rows.getString(2);
				if (!stored.startsWith(ENCRYPTED_PREFIX)) {
					plain.put(rows.getObject(1, UUID.class), stored);
				}
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("update team_subscription set webhook_secret = ? where id = ?")) {
			for (Map.Entry<UUID, String> row : plain.entrySet()) {
				update.setString(1, this.cipher.encrypt(row.getValue(), WebhookSecretConverter.LABEL));
				update.setObject(2, row.getKey());
				update.addBatch();
			}
			if (!plain.isEmpty()) {
				update.executeBatch();
			}
		}
		return plain.size();
	}

}
