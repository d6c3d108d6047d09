package uk.gov.cheltenham.psr.register.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;

/**
 * Flyway V34: encrypts customer records written in plain text before V33. A Java
 * migration because the keys live outside the database; a Spring bean, so Flyway gets the
 * configured cipher. Values already encrypted are left alone, so running it again changes
 * nothing.
 */
@Component
class EncryptCustomerRecordsMigration implements JavaMigration {

	private static final List<String[]> COLUMNS = List.of(new String[] { "customer_name", CustomerRecordColumns.NAME },
			new String[] { "address_lines", CustomerRecordColumns.ADDRESS },
			new String[] { "email", CustomerRecordColumns.EMAIL },
			new String[] { "phone", CustomerRecordColumns.PHONE });

	private final FieldCipher cipher;

	EncryptCustomerRecordsMigration(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("34");
	}

	@Override
	public String getDescription() {
		return "encrypt customer records";
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
		for (String[] column : COLUMNS) {
			encryptPlainValues(connection, column[0], column[1]);
		}
	}

	private void encryptPlainValues(Connection connection, String column, String label) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("select entry_id, " + column
				+ " from customer_record where " + column + " is not null and " + column + " not like 'v1:%'");
				ResultSet rows = select.executeQuery();
				PreparedStatement update = connection
					.prepareStatement("update customer_record set " + column + " = ? where entry_id = ?")) {
			while (rows.next()) {
				update.setString(1, this.cipher.encrypt(rows.getString(2), label));
				update.setObject(2, rows.getObject(1, UUID.class));
				update.executeUpdate();
			}
		}
	}

}
