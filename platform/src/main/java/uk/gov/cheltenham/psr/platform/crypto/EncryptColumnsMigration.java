package uk.gov.cheltenham.psr.platform.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway Java migration that encrypts personal-data values written in plain text before
 * their columns were encrypted. A Java migration because the keys live outside the
 * database; make the subclass a Spring bean, so Flyway gets the configured cipher. Values
 * already encrypted are left alone, so running it again changes nothing.
 */
public abstract class EncryptColumnsMigration implements JavaMigration {

	private final FieldCipher cipher;

	private final MigrationVersion version;

	private final String description;

	private final List<Table> tables;

	/**
	 * @param cipher the configured cipher
	 * @param version the Flyway version, e.g. {@code 34}
	 * @param description what the migration does
	 * @param tables the tables and columns to encrypt
	 */
	protected EncryptColumnsMigration(FieldCipher cipher, String version, String description, Table... tables) {
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
		Connection connection = context.getConnection();
		for (Table table : this.tables) {
			for (Map.Entry<String, String> column : table.columns().entrySet()) {
				encryptPlainValues(connection, table, column.getKey(), column.getValue());
			}
		}
	}

	private void encryptPlainValues(Connection connection, Table table, String column, String label)
			throws SQLException {
		List<String> keys = table.keyColumns();
		String where = String.join(" = ? and ", keys) + " = ?";
		try (PreparedStatement select = connection.prepareStatement("select " + String.join(", ", keys) + ", " + column
				+ " from " + table.name() + " where " + column + " is not null and " + column + " not like 'v1:%'");
				ResultSet rows = select.executeQuery();
				PreparedStatement update = connection
					.prepareStatement("update " + table.name() + " set " + column + " = ? where " + where)) {
			while (rows.next()) {
				update.setString(1, this.cipher.encrypt(rows.getString(keys.size() + 1), label));
				for (int i = 1; i <= keys.size(); i++) {
					update.setObject(i + 1, rows.getObject(i));
				}
				update.executeUpdate();
			}
		}
	}

	/**
	 * A table whose columns are encrypted, each with its own associated-data label.
	 *
	 * @param name the table
	 * @param keyColumns the columns that identify a row
	 * @param columns column to associated-data label, in order
	 */
	public record Table(String name, List<String> keyColumns, Map<String, String> columns) {

		public Table {
			keyColumns = List.copyOf(keyColumns);
			columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
		}

		/** A table identified by {@code keyColumns}, with no columns yet. */
		public static Table of(String name, String... keyColumns) {
			return new Table(name, List.of(keyColumns), Map.of());
		}

		/**
		 * This table with one more column, encrypted with {@code label} as associated
		 * data.
		 */
		public Table encrypt(String column, String label) {
			Map<String, String> more = new LinkedHashMap<>(this.columns);
			more.put(column, label);
			return new Table(this.name, this.keyColumns, more);
		}

		/**
		 * Decrypts this table's columns in a row read with plain JDBC, e.g. for a subject
		 * access export.
		 */
		public void decrypt(Map<String, Object> row, FieldCipher cipher) {
			this.columns.forEach((column, label) -> row.computeIfPresent(column,
					(name, stored) -> cipher.decrypt((String) stored, label)));
		}

	}

}
