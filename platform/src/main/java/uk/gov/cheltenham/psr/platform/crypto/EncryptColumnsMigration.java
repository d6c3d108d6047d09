package uk.gov.cheltenham.psr.platform.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway Java migration that encrypts personal-data values written in plain text before
 * their columns were encrypted. A Java migration because the keys live outside the
 * database; make the subclass a Spring bean, so Flyway gets the configured cipher. Values
 * already encrypted are left alone, so running it again changes nothing. The same
 * {@link EncryptedColumns} declarations serve the key-rotation job.
 */
public abstract class EncryptColumnsMigration implements JavaMigration {

	private final FieldCipher cipher;

	private final MigrationVersion version;

	private final String description;

	private final List<EncryptedColumns> tables;

	/**
	 * @param cipher the configured cipher
	 * @param version the Flyway version, e.g. {@code 34}
	 * @param description what the migration does
	 * @param tables the tables and columns to encrypt
	 */
	protected EncryptColumnsMigration(FieldCipher cipher, String version, String description,
			EncryptedColumns... tables) {
		this.cipher = cipher;
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.tables = List.of(tables);
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return this.description;
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
		encryptPlainValues(context.getConnection());
	}

	/**
	 * Encrypts every value of the declared columns still in plain text.
	 * @return how many values were encrypted
	 */
	public int encryptPlainValues(Connection connection) throws SQLException {
		int encrypted = 0;
		for (EncryptedColumns table : this.tables) {
			for (Map.Entry<String, String> column : table.labels().entrySet()) {
				encrypted += encryptPlainValues(connection, table, column.getKey(), column.getValue());
			}
		}
		return encrypted;
	}

	private int encryptPlainValues(Connection connection, EncryptedColumns table, String column, String label)
			throws SQLException {
		List<String> keys = table.keyColumns();
		String where = String.join(" = ? and ", keys) + " = ?";
		try (PreparedStatement select = connection.prepareStatement("select " + String.join(", ", keys) + ", " + column
				+ " from " + table.table() + " where " + column + " is not null and " + column + " not like 'v1:%'");
				ResultSet rows = select.executeQuery();
				PreparedStatement update = connection
					.prepareStatement("update " + table.table() + " set " + column + " = ? where " + where)) {
			int encrypted = 0;
			while (rows.next()) {
				update.setString(1, this.cipher.encrypt(rows.getString(keys.size() + 1), label));
				for (int i = 1; i <= keys.size(); i++) {
					update.setObject(i + 1, rows.getObject(i));
				}
				encrypted += update.executeUpdate();
			}
			return encrypted;
		}
	}

}
