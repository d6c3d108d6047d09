package uk.gov.cheltenham.psr.platform.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table's columns encrypted with {@link FieldCipher}, declared as a bean so that the
 * {@link KeyRotation} job re-encrypts them when the active key changes: <pre>
 * &#64;Bean
 * EncryptedColumns webhookSecretColumns() {
 *     return EncryptedColumns.of("team_subscription", "id", "webhook_secret");
 * }
 * </pre> {@link #of} takes {@code
 *
<table>
 * .<column>} as each column's associated data, the convention of {@code EncryptedText}
 * subclasses; {@link #withLabels} names it where it differs. register-service declares
 * {@code customer_record}'s four columns the same way (id column {@code entry_id}; its
 * labels, in {@code customer/CustomerRecordColumns}, follow the convention);
 * incident-service declares each of its encrypted tables in one bean per table.
 *
 * @param table the table
 * @param idColumn its primary key (one column)
 * @param labels each encrypted column and the associated data its values are bound to
 */
public record EncryptedColumns(String table, String idColumn, Map<String, String> labels) {

	/** Plain SQL identifiers only: the names are put into SQL as they are. */
	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	public EncryptedColumns {
		requireIdentifier(table);
		requireIdentifier(idColumn);
		if (labels.isEmpty()) {
			throw new IllegalArgumentException("no encrypted columns declared for " + table);
		}
		labels.keySet().forEach(EncryptedColumns::requireIdentifier);
		labels = Map.copyOf(labels);
	}

	/**
	 * Columns whose associated data is {@code
	 *
	<table>
	 * .<column>}.
	 */
	public static EncryptedColumns of(String table, String idColumn, String... columns) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String column : columns) {
			labels.put(column, table + "." + column);
		}
		return new EncryptedColumns(table, idColumn, labels);
	}

	/** Columns with their own associated data, column name to label. */
	public static EncryptedColumns withLabels(String table, String idColumn, Map<String, String> labels) {
		return new EncryptedColumns(table, idColumn, labels);
	}

	private static void requireIdentifier(String name) {
		if (name == null || !IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not a plain SQL identifier: " + name);
		}
	}

}
