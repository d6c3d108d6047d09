package uk.gov.cheltenham.psr.systemtests.ledger;

import java.time.Duration;
import java.util.List;

/**
 * One line of the ledger: a fault, the commands accepted while it happened and what came
 * of them.
 *
 * @param fault what was done to the system
 * @param commands accepted commands
 * @param expected effects they should cause (five each)
 * @param found effects found, duplicates included
 * @param lost effects missing
 * @param duplicated effects found more than once (beyond the first)
 * @param drain from the dependency's return (or the last command, if later) until every
 * effect was there; {@code null} if it never was
 * @param notes marker repeats, dead-letter topics, what was lost or duplicated
 */
record LedgerRow(String fault, int commands, int expected, int found, int lost, int duplicated, Duration drain,
		String notes) {

	private static final String FORMAT = "| %-44s | %8s | %8s | %8s | %5s | %10s | %8s | %s |";

	static String header() {
		return String.format(FORMAT, "fault", "commands", "expected", "found", "lost", "duplicated", "drain", "notes")
				+ System.lineSeparator() + String.format(FORMAT, "-".repeat(44), "-".repeat(8), "-".repeat(8),
						"-".repeat(8), "-".repeat(5), "-".repeat(10), "-".repeat(8), "---");
	}

	static String table(List<LedgerRow> rows) {
		StringBuilder table = new StringBuilder(header());
		rows.forEach((row) -> table.append(System.lineSeparator()).append(row.line()));
		return table.toString();
	}

	String line() {
		return String.format(FORMAT, this.fault, this.commands, this.expected, this.found, this.lost, this.duplicated,
				drained(), this.notes);
	}

	/** The drain as the tables show it, e.g. {@code 8.8 s} or {@code never}. */
	String drained() {
		return (this.drain != null) ? String.format("%.1f s", this.drain.toMillis() / 1000.0) : "never";
	}

	boolean clean() {
		return this.lost == 0 && this.duplicated == 0 && this.drain != null;
	}

}
