package uk.gov.cheltenham.psr.platform.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table's columns encrypted with {@link FieldCipher}, declared as a bean so that the
 * platform's {@link KeyRotation} job re-encrypts them after the active key changes; the
 * job is configured as soon as a service declares one ({@link KeyRotationConfiguration}).
 * {@link #of} binds each column to "table.column" as associated data, the convention of
 * {@code EncryptedText} subclasses; {@link #withLabels} names it where it differs.
 * <p>
 * notification-service: {@code EncryptedColumns.of("team_subscription", "id",
 * "webhook_secret")}.
 * <p>
 * register-service and incident-service declare theirs in
 * {@code config/EncryptedColumnsConfiguration} from the same constants their
 * {@link EncryptColumnsMigration}s use.
 *
 * @param table the table
 * @param keyColumns its primary key, one column or several
 * @param labels each encrypted column and the associated data its values are bound to
 */
public record EncryptedColumns(String table, List<String> keyColumns, Map<String, String> labels) {

	/** Plain SQL identifiers only: the names are put into SQL as they are. */
	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	public EncryptedColumns {
		requireIdentifier(table);
		if (keyColumns.isEmpty()) {
			throw new IllegalArgumentException("no key columns declared for " + table);
		}
		keyColumns.forEach(EncryptedColumns::requireIdentifier);
		if (labels.isEmpty()) {
			throw new IllegalArgumentException("no encrypted columns declared for " + table);
		}
		labels.keySet().forEach(EncryptedColumns::requireIdentifier);
		keyColumns = List.copyOf(keyColumns);
		labels = Map.copyOf(labels);
	}

	/**
	 * Columns whose associated data is "table.column", with a one-column key.
	 */
	public static EncryptedColumns of(String table, String keyColumn, String... columns) {
		return of(table, List.of(keyColumn), columns);
	}

	/**
	 * Columns whose associated data is "table.column".
	 */
	public static EncryptedColumns of(String table, List<String> keyColumns, String... columns) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String column : columns) {
			labels.put(column, table + "." + column);
		}
		return new EncryptedColumns(table, keyColumns, labels);
	}

	/** Columns with their own associated data, column name to label. */
	public static EncryptedColumns withLabels(String table, List<String> keyColumns, Map<String, String> labels) {
		return new EncryptedColumns(table, keyColumns, labels);
	}

	/**
	 * Decrypts these columns in a row read with plain JDBC, e.g. for a subject access
	 * export.
	 */
	public void decrypt(Map<String, Object> row, FieldCipher cipher) {
		this.labels.forEach((column, label) -> row.computeIfPresent(column,
				(name, stored) -> cipher.decrypt((String) stored, label)));
	}

	private static void requireIdentifier(String name) {
		if (name == null || !IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not a plain SQL identifier: " + name);
		}
	}

}
