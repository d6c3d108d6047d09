package uk.gov.cheltenham.psr.systemtests.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LongLedgerTableTest {

	private static final List<String> FAULTS = List.of("first fault", "second fault");

	@TempDir
	Path repository;

	@Test
	void aFaultRunAgainReplacesItsRowAndTheOthersStayInTheLongRunsOrder() throws IOException {
		LongLedgerTable table = new LongLedgerTable(this.repository, FAULTS);
		table.write(row("second fault", 10), 6, Duration.ofSeconds(5));
		table.write(row("first fault", 20), 6, Duration.ofSeconds(5));
		table.write(row(LongLedgerTable.recountName(Instant.parse("2026-11-28T17:00:00Z")), 30), 6, null);

		new LongLedgerTable(this.repository, FAULTS).write(row("second fault", 40), 4, Duration.ofSeconds(10));

		List<String> rows = Files.readAllLines(this.repository.resolve(LongLedgerTable.FILE))
			.stream()
			.filter((line) -> line.startsWith("| ") && !line.startsWith("| fault") && !line.startsWith("| ---"))
			.toList();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).startsWith("| first fault ").contains("|       20 |", " 4.0/s ");
		// not a git repository
		assertThat(rows.get(1)).startsWith("| second fault ").contains("|       40 |", " 4.0/s ", " unknown ");
		assertThat(rows.get(2)).startsWith("| all of the above (run of 2026-11-28 17:00 UTC), counted again ")
			.contains("|       30 |");
	}

	private static LedgerRow row(String fault, int commands) {
		return new LedgerRow(fault, commands, commands * 6, commands * 6, 0, 0, Duration.ofSeconds(3), "");
	}

}
