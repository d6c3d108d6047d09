package uk.gov.cheltenham.psr.platform.crypto;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway Java migration that needs the data keys: Java because the keys live outside
 * the database, and a Spring bean (make the subclass a {@code @Component}) so Flyway gets
 * the configured {@link FieldCipher}. Subclasses only say what they do to the rows.
 */
public abstract class CipherMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	/**
	 * @param version the Flyway version, e.g. {@code 34}
	 * @param description what the migration does
	 */
	protected CipherMigration(String version, String description) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
	}

	/**
	 * Changes the rows, on Flyway's connection inside its transaction.
	 * @return how many values were changed
	 */
	public abstract int migrate(Connection connection) throws SQLException;

	@Override
	public final void migrate(Context context) throws SQLException {
		migrate(context.getConnection());
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

}
