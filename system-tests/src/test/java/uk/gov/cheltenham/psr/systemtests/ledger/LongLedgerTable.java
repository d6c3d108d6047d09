package uk.gov.cheltenham.psr.systemtests.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The long run's table, {@value #FILE}, built up over several invocations (a run of every
 * fault at 5,000 commands takes hours): each fault keeps its latest row, stamped with
 * when, at which commit and under what load it was measured; a fault run again replaces
 * its row and the others stay. Written row by row, so a run cut short leaves the rows it
 * finished.
 */
final class LongLedgerTable {

	static final String FILE = "docs/benchmarks/ledger-long.md";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final String FORMAT = "| %-44s | %8s | %8s | %8s | %5s | %10s | %8s | %7s | %9s | %20s | %9s | %4s | %s |";

	private final Path file;

	private final List<String> faultOrder;

	private final String commit;

	/**
	 * A table in a repository.
	 * @param repository the repository root
	 * @param faultOrder the long run's faults by name, the order of the table's rows
	 */
	LongLedgerTable(Path repository, List<String> faultOrder) {
		this.file = repository.resolve(FILE);
		this.faultOrder = faultOrder;
		this.commit = commit(repository);
	}

	/**
	 * Puts one row in the file, in place of the fault's earlier row if there is one.
	 * @param row the result
	 * @param senders how many senders sent the commands
	 * @param sending how long they took to send them, or {@code null} (a recount)
	 */
	void write(LedgerRow row, int senders, Duration sending) {
		Map<String, String> rows = readRows();
		String rate = (sending != null && !sending.isZero())
				? String.format("%.1f/s", row.commands() * 1000.0 / sending.toMillis()) : "";
		rows.put(row.fault(),
				String.format(FORMAT, row.fault(), row.commands(), row.expected(), row.found(), row.lost(),
						row.duplicated(), row.drained(), (sending != null) ? senders : "", rate,
						UTC.format(Instant.now()), this.commit,
						String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
						row.notes()));
		List<String> names = new ArrayList<>(rows.keySet());
		// the long run's faults in their order, then the recounts in the order written
		names.sort(Comparator.comparingInt((name) -> {
			int index = this.faultOrder.indexOf(name);
			return (index >= 0) ? index : this.faultOrder.size();
		}));
		StringBuilder table = new StringBuilder(header());
		names.forEach((name) -> table.append(rows.get(name)).append('\n'));
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, table, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The recount row's name: one per invocation, so it is kept beside the others. */
	static String recountName(Instant started) {
		return "all of the above (run of " + UTC.format(started) + "), counted again";
	}

	/** The rows already in the file, by fault. */
	private Map<String, String> readRows() {
		Map<String, String> rows = new LinkedHashMap<>();
		if (!Files.exists(this.file)) {
			return rows;
		}
		try {
			for (String line : Files.readAllLines(this.file, StandardCharsets.UTF_8)) {
				String[] cells = line.split("\\|");
				if (line.startsWith("| ") && cells.length > 2) {
					String fault = cells[1].trim();
					if (!fault.equals("fault") && !fault.startsWith("---")) {
						rows.put(fault, line);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static String header() {
		return """
				# Ledger, long run: effects of accepted commands under faults

				Every fault of `LedgerIT`'s long run with (by default) 5,000 accepted commands each,
				sent by 6 senders at a time. The table is built up over several invocations: a row is
				the latest result for its fault, stamped with when (UTC), the commit and the load
				average when it was written; running a fault again replaces its row. Regenerate one
				fault with

				    ./mvnw -q -o -pl event-contracts,platform,test-support,incident-service,register-service,notification-service,letters-service,partner-sync-service package -DskipTests
				    ./mvnw -o -pl local-stack,system-tests verify -Dit.test=LedgerIT -Dfailsafe.failIfNoSpecifiedTests=false -Dpsr.ledger.long=true -Dpsr.ledger.only=<part of the fault name>

				(`-Dpsr.ledger.commands=N`, `-Dpsr.ledger.senders=K` to change N or K; several faults:
				`-Dpsr.ledger.only=broker,PostgreSQL`). Each invocation ends by counting every command
				it sent again, to see duplicates that came late: that row is named after the
				invocation's start ("all of the above (run of ...)") and kept as a row of its own.

				Machine of the latest write: %d cores, %s %s, Java %s. Effects per command: register
				entry, marker, team mail, team webhook call, letter, partner update (received by its
				HTTPS endpoint). Drain is from the dependency's return (or the last command, if later)
				until every effect was seen, polled about once a second; rate is commands accepted per
				second while sending. The senders outrun the stack (it works off about 10 commands a
				second on these 2 cores), so sending ends long after the dependency's return and the
				drain here is the sending's backlog, not the fault's: the short run in CI sends below
				that rate and asserts the 60 s goal. Medium and short runs: [ledger.md](ledger.md).

				"""
			.formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
					System.getProperty("os.arch"), System.getProperty("java.version"))
				+ String.format(FORMAT, "fault", "commands", "expected", "found", "lost", "duplicated", "drain",
						"senders", "rate", "measured", "commit", "load", "notes")
				+ "\n"
				+ String.format(FORMAT, "-".repeat(44), "-".repeat(8), "-".repeat(8), "-".repeat(8), "-".repeat(5),
						"-".repeat(10), "-".repeat(8), "-".repeat(7), "-".repeat(9), "-".repeat(20), "-".repeat(9),
						"-".repeat(4), "---")
				+ "\n";
	}

	/** The repository's commit, short, or {@code unknown}. */
	private static String commit(Path repository) {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(repository.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 && !output.isEmpty()) {
				return output;
			}
			return "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

}
