package uk.gov.cheltenham.psr.internalapi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns database rows into the records of a {@link SubjectAccessPart}, the same way in
 * every service: column names in camelCase, ids and times as ISO strings, so a subject
 * sees one consistent format whichever service held the data.
 */
public final class SubjectAccessRows {

	private SubjectAccessRows() {
	}

	/** One row's columns as a record's fields, in column order. */
	public static Map<String, Object> fields(Map<String, Object> row) {
		Map<String, Object> fields = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			if (!(value instanceof byte[])) {
				fields.put(camelCase(column), value(value));
			}
		});
		return fields;
	}

	/** Rows keyed by the string form of their {@code idColumn}, in row order. */
	public static Map<String, Map<String, Object>> byId(List<Map<String, Object>> rows, String idColumn) {
		Map<String, Map<String, Object>> records = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			records.put(String.valueOf(value(row.get(idColumn))), fields(row));
		}
		return records;
	}

	/** Rows as a list of records, e.g. an incident's witness statements. */
	public static List<Map<String, Object>> list(List<Map<String, Object>> rows) {
		return rows.stream().map(SubjectAccessRows::fields).toList();
	}

	static Object value(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant().toString();
		}
		if (value instanceof UUID id) {
			return id.toString();
		}
		return value.toString();
	}

	static String camelCase(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = name.length() > 0;
				continue;
			}
			name.append(upper ? Character.toUpperCase(c) : c);
			upper = false;
		}
		return name.toString();
	}

}
