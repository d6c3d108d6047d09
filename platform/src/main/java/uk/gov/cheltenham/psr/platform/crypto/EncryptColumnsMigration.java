package uk.gov.cheltenham.psr.platform.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A migration that encrypts personal-data values written in plain text before their
 * columns were encrypted. Values already encrypted are left alone, so running it again
 * changes nothing. The same {@link EncryptedColumns} declarations serve the key-rotation
 * job.
 */
public abstract class EncryptColumnsMigration extends CipherMigration {

	private final FieldCipher cipher;

	private final List<EncryptedColumns> tables;

	/**
	 * @param cipher the configured cipher
	 * @param version the Flyway version, e.g. {@code 34}
	 * @param description what the migration does
	 * @param tables the tables and columns to encrypt
	 */
	protected EncryptColumnsMigration(FieldCipher cipher, String version, String description,
			EncryptedColumns... tables) {
		super(version, description);
		this.cipher = cipher;
		this.tables = List.of(tables);
	}

	/**
	 * Encrypts every value of the declared columns still in plain text.
	 * @return how many values were encrypted
	 */
	@Override
	public int migrate(Connection connection) throws SQLException {
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
