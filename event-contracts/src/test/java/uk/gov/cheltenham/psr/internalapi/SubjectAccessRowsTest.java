package uk.gov.cheltenham.psr.internalapi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectAccessRowsTest {

	@Test
	@DisplayName("D4: rows become records with camelCase names and ISO strings for ids and times; bytes stay out")
	void rowsBecomeRecords() {
		UUID id = UUID.randomUUID();
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		row.put("reported_at", Timestamp.from(Instant.parse("2025-01-02T03:04:05Z")));
		row.put("review_due", Date.valueOf(LocalDate.of(2025, 7, 1)));
		row.put("police_informed", true);
		row.put("attempts", 2);
		row.put("what_happened", null);
		row.put("pdf", new byte[] { 1 });

		Map<String, Map<String, Object>> records = SubjectAccessRows.byId(List.of(row), "id");

		assertThat(records).containsOnlyKeys(id.toString());
		assertThat(records.get(id.toString())).containsExactly(Map.entry("id", id.toString()),
				Map.entry("reportedAt", "2025-01-02T03:04:05Z"), Map.entry("reviewDue", "2025-07-01"),
				Map.entry("policeInformed", true), Map.entry("attempts", 2),
				new java.util.AbstractMap.SimpleEntry<>("whatHappened", null));
	}

}
