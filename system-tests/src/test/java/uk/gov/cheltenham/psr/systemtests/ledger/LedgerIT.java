package uk.gov.cheltenham.psr.systemtests.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.systemtests.SharedSystem;
import uk.gov.cheltenham.psr.systemtests.ledger.OutsideView.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ledger: a stream of incidents reviewed as register entries goes through the whole
 * system (five service JVMs, a broker process, PostgreSQL, a mail server) while one kind
 * of fault at a time is injected mid-flow. Afterwards every accepted command is compared
 * with its six effects as seen from outside — register entry, marker, team mail, team
 * webhook call, letter, partner update (received by the partner's HTTPS endpoint: the
 * local stack has no TLS mail server for the partner) — and a row says how many were lost
 * or duplicated and how long the backlog took to drain.
 * <p>
 * The short version (CI) sends {@value #SHORT_COMMANDS} commands per fault through the
 * cheaper faults, one at a time. {@code -Dpsr.ledger.long=true} runs every fault with
 * {@value #LONG_COMMANDS} commands each (or {@code -Dpsr.ledger.commands=N}), sent by
 * {@value #LONG_SENDERS} senders at a time (or {@code -Dpsr.ledger.senders=K}), and puts
 * each row in {@value LongLedgerTable#FILE} as it is done.
 */
@ExtendWith(SharedSystem.class)
class LedgerIT {

	private static final int SHORT_COMMANDS = 30;

	private static final int LONG_COMMANDS = 5000;

	private static final int LONG_SENDERS = 6;

	private static final boolean LONG = Boolean.getBoolean("psr.ledger.long");

	private static final int COMMANDS = Integer.getInteger("psr.ledger.commands",
			LONG ? LONG_COMMANDS : SHORT_COMMANDS);

	/** Commands sent at a time, each sender sending one after the other. */
	private static final int SENDERS = Integer.getInteger("psr.ledger.senders", LONG ? LONG_SENDERS : 1);

	/** Only the faults whose name contains one of these (comma-separated), if given. */
	private static final String ONLY = System.getProperty("psr.ledger.only", "");

	private static final String MAILBOX = "ledger-housing@council.example";

	/** How long a single call may keep failing while a fault lasts (a JVM restarting). */
	private static final Duration PATIENCE = Duration.ofMinutes(5);

	/**
	 * How long sending may take at most: the whole stack on 2 cores accepts about 10
	 * commands a second with 6 senders, 3.5 with one; a command a second is far slower,
	 * and one call may keep failing for the driver's patience while a fault lasts.
	 */
	private static final Duration SENDING_LIMIT = PATIENCE.plusSeconds(COMMANDS);

	/**
	 * How long to wait for a backlog at all, so that a slow drain is measured: in the
	 * long run a consumer that was down may have thousands of commands' events to catch
	 * up, allowed at 5 commands a second.
	 */
	private static final Duration DRAIN_LIMIT = LONG ? Duration.ofSeconds(600).plusMillis(200L * COMMANDS)
			: Duration.ofSeconds(180);

	/** The goal: drained within 60 s of the dependency's return. */
	private static final Duration DRAIN_GOAL = Duration.ofSeconds(60);

	/**
	 * Longer than the senders' old retries lasted (five attempts, 2 s doubling: about 30
	 * s), after which a notification was FAILED rather than sent.
	 */
	private static final Duration LONG_MAIL_OUTAGE = Duration.ofSeconds(45);

	private static final String RECOUNT = "all of the above, counted again at the end";

	private static final String RUN = "LDG-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

	private static LocalStack stack;

	private static Path repository;

	@BeforeAll
	static void useSystem() {
		stack = SharedSystem.stack();
		repository = SharedSystem.repositoryRoot();
		int status = stack.api("notification-service")
			.post("/api/subscriptions", stack.logins().token("cro"),
					Map.of("team", LedgerDriver.TEAM, "email", MAILBOX, "webhookUrl",
							SharedSystem.teamWebhooks().url("/housing/psr")))
			.status();
		assertThat(status).as("subscribing the team mailbox and webhook").isEqualTo(201);
	}

	@Test
	@DisplayName("Reliability: under each fault every accepted command has its effects once each — none lost, "
			+ "none duplicated — poison messages are dead-lettered and the backlog drains")
	void everyAcceptedCommandHasItsEffectsOnceUnderEachFault() {
		Instant invoked = Instant.now();
		List<LedgerRow> rows = new ArrayList<>();
		List<AcceptedCommand> everything = new ArrayList<>();
		List<Fault> faults = chosen(LONG ? longFaults() : shortFaults());
		LongLedgerTable longTable = LONG
				? new LongLedgerTable(repository, longFaults().stream().map(Fault::name).toList()) : null;
		try (OutsideView view = new OutsideView(stack, MAILBOX, RUN + "-", SharedSystem.teamWebhooks(),
				SharedSystem.partner())) {
			for (int i = 0; i < faults.size(); i++) {
				Fault fault = faults.get(i);
				System.out
					.println("Ledger: " + fault.name() + " with " + COMMANDS + " commands, " + SENDERS + " senders");
				long started = System.nanoTime();
				Outcome outcome = run(fault, String.format("%s-%02d", RUN, i), view);
				System.out.printf("Ledger: %s took %d s; sending %d s (%.1f commands/s)%n", fault.name(),
						(System.nanoTime() - started) / 1_000_000_000, outcome.sending().toSeconds(),
						outcome.commands().size() * 1000.0 / Math.max(1, outcome.sending().toMillis()));
				everything.addAll(outcome.commands());
				rows.add(outcome.row());
				System.out.println(LedgerRow.header() + System.lineSeparator() + outcome.row().line());
				if (LONG) {
					// row by row: a run of hours that is cut short still leaves its rows
					longTable.write(outcome.row(), SENDERS, outcome.sending());
				}
			}
			rows.add(recount(view, everything, LONG ? LongLedgerTable.recountName(invoked) : RECOUNT));
		}
		String table = LedgerRow.table(rows);
		System.out.println(System.lineSeparator() + "Ledger (" + COMMANDS + " commands per fault):"
				+ System.lineSeparator() + table);
		if (LONG) {
			longTable.write(rows.get(rows.size() - 1), SENDERS, null);
		}
		assertThat(rows).as(table).allSatisfy((row) -> {
			assertThat(row.clean()).as("%s: 0 lost, 0 duplicated, drained", row.fault()).isTrue();
			assertThat(row.notes()).as(row.fault()).doesNotContain("MISSING");
		});
		if (!LONG) {
			assertThat(rows).as(table)
				.allSatisfy((row) -> assertThat(row.drain()).as(row.fault()).isLessThanOrEqualTo(DRAIN_GOAL));
		}
	}

	private static List<Fault> chosen(List<Fault> faults) {
		if (ONLY.isBlank()) {
			return faults;
		}
		List<String> names = List.of(ONLY.split(","));
		return faults.stream().filter((fault) -> names.stream().anyMatch(fault.name()::contains)).toList();
	}

	private static List<Fault> shortFaults() {
		return List.of(killAndRestart("register-service"), brokerStopped(Duration.ofSeconds(5)),
				brokerPaused(Duration.ofSeconds(10)), postgresRestarted(Duration.ofSeconds(10)), poisonOnEachTopic(),
				redelivery("notification-service"), mailServerDown(LONG_MAIL_OUTAGE),
				teamWebhookFailing(Duration.ofSeconds(20)), partnerEndpointFailing(Duration.ofSeconds(20)));
	}

	private static List<Fault> longFaults() {
		List<Fault> faults = new ArrayList<>();
		for (String service : List.of("incident-service", "register-service", "notification-service", "letters-service",
				"partner-sync-service")) {
			faults.add(killAndRestart(service));
		}
		faults.add(brokerStopped(Duration.ofSeconds(30)));
		faults.add(brokerPaused(Duration.ofSeconds(30)));
		faults.add(postgresRestarted(Duration.ofSeconds(10)));
		faults.add(poisonOnEachTopic());
		for (String service : List.of("register-service", "notification-service", "letters-service",
				"partner-sync-service")) {
			faults.add(redelivery(service));
		}
		faults.add(mailServerDown(Duration.ofSeconds(20)));
		faults.add(mailServerDown(LONG_MAIL_OUTAGE));
		faults.add(teamWebhookFailing(Duration.ofSeconds(30)));
		faults.add(partnerEndpointFailing(Duration.ofSeconds(30)));
		return faults;
	}

	private static Fault killAndRestart(String service) {
		return new Fault("kill -9 " + service + ", restarted", () -> stack.killService(service), Duration.ZERO,
				() -> stack.startService(service), () -> "");
	}

	private static Fault brokerStopped(Duration down) {
		return new Fault("broker stopped " + down.toSeconds() + " s, restarted", () -> stack.kafka().stop(), down,
				() -> stack.kafka().restart(), () -> "");
	}

	private static Fault brokerPaused(Duration paused) {
		return new Fault("broker paused (SIGSTOP) " + paused.toSeconds() + " s", () -> stack.kafka().pause(), paused,
				() -> stack.kafka().resume(), () -> "");
	}

	private static Fault postgresRestarted(Duration down) {
		return new Fault("PostgreSQL stopped " + down.toSeconds() + " s, restarted", stack::stopPostgres, down,
				stack::startPostgres, () -> "");
	}

	private static Fault mailServerDown(Duration down) {
		return new Fault("teams' mail server down " + down.toSeconds() + " s", stack::stopMailServer, down,
				stack::startMailServer, () -> "");
	}

	private static Fault teamWebhookFailing(Duration failing) {
		return new Fault("team webhook answering 500 for " + failing.toSeconds() + " s",
				() -> SharedSystem.teamWebhooks().failWith(500), failing, () -> SharedSystem.teamWebhooks().recover(),
				() -> "");
	}

	/**
	 * The partner's channel down: its HTTPS endpoint answering 503 (the local stack has
	 * no TLS mail server for the partner, so its email channel cannot be stopped here).
	 */
	private static Fault partnerEndpointFailing(Duration failing) {
		return new Fault("partner HTTPS endpoint answering 503 for " + failing.toSeconds() + " s",
				() -> SharedSystem.partner().failWith(503), failing, () -> SharedSystem.partner().recover(), () -> "");
	}

	private static Fault poisonOnEachTopic() {
		AtomicReference<Map<String, String>> poisonKeys = new AtomicReference<>();
		KafkaFaults kafka = new KafkaFaults(stack.kafka().bootstrapServers());
		return new Fault("poison message on each consumed topic", () -> poisonKeys.set(kafka.sendPoison()),
				Duration.ZERO, () -> {
				}, () -> {
					try {
						return "dead-lettered: "
								+ String.join(", ", kafka.awaitDeadLetters(poisonKeys.get(), Duration.ofSeconds(120)));
					}
					catch (AssertionError ex) {
						return "dead letter MISSING: " + ex.getMessage();
					}
				});
	}

	private static Fault redelivery(String service) {
		KafkaFaults kafka = new KafkaFaults(stack.kafka().bootstrapServers());
		return new Fault("redelivery: " + service + " rewound to start", () -> {
			stack.stopService(service);
			kafka.rewindToStart(service, Duration.ofMinutes(2));
		}, Duration.ZERO, () -> stack.startService(service), () -> "");
	}

	private static Outcome run(Fault fault, String referencePrefix, OutsideView view) {
		LedgerDriver driver = new LedgerDriver(stack, PATIENCE, SENDERS);
		Instant sendingFrom = Instant.now();
		CompletableFuture<List<AcceptedCommand>> sending = driver.start(referencePrefix, COMMANDS);
		// mid-flow: a third of the commands accepted, the rest still to come
		await("a third of the commands accepted").atMost(SENDING_LIMIT)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> driver.acceptedSoFar() >= COMMANDS / 3 || sending.isDone());
		fault.inject().run();
		hold(fault.hold());
		fault.recover().run();
		Instant recovered = Instant.now();
		List<AcceptedCommand> commands = join(sending);
		Instant drainFrom = driver.finishedAt().isAfter(recovered) ? driver.finishedAt() : recovered;
		Duration drain = awaitEffects(view, commands, drainFrom);
		Tally tally = countAgain(view, commands);
		List<String> notes = new ArrayList<>();
		if (!tally.detail().isEmpty()) {
			notes.add(tally.detail());
		}
		if (tally.markerRepeats() > 0) {
			notes.add("marker republished " + tally.markerRepeats() + "x (same value)");
		}
		view.repeats()
			.forEach((key, count) -> notes.add("resent with the same " + key + " " + count + "x (run so far)"));
		String extra = fault.check().get();
		if (!extra.isEmpty()) {
			notes.add(extra);
		}
		return new Outcome(commands, Duration.between(sendingFrom, driver.finishedAt()),
				new LedgerRow(fault.name(), commands.size(), tally.expected(), tally.found(), tally.lost(),
						tally.duplicated(), drain, String.join("; ", notes)));
	}

	private static LedgerRow recount(OutsideView view, List<AcceptedCommand> everything, String name) {
		Tally tally = countAgain(view, everything);
		String notes = tally.detail();
		return new LedgerRow(name, everything.size(), tally.expected(), tally.found(), tally.lost(), tally.duplicated(),
				Duration.ZERO, notes);
	}

	/**
	 * Polls the outside until every command has all its effects.
	 * @return from {@code from} until then, or {@code null} if not within the limit
	 */
	private static Duration awaitEffects(OutsideView view, List<AcceptedCommand> commands, Instant from) {
		Instant deadline = from.plus(DRAIN_LIMIT);
		while (Instant.now().isBefore(deadline)) {
			long started = System.nanoTime();
			try {
				if (view.count(commands).lost() == 0) {
					System.out.printf("Ledger: drained; the last count of %d commands took %d ms%n", commands.size(),
							(System.nanoTime() - started) / 1_000_000);
					return Duration.between(from, Instant.now());
				}
			}
			catch (RuntimeException ex) {
				// a part still coming back: ask again
			}
			hold(Duration.ofSeconds(1));
		}
		return null;
	}

	private static Tally countAgain(OutsideView view, List<AcceptedCommand> commands) {
		return await("a full count").atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofSeconds(2))
			.ignoreExceptions()
			.until(() -> view.count(commands), (tally) -> true);
	}

	private static List<AcceptedCommand> join(CompletableFuture<List<AcceptedCommand>> sending) {
		try {
			return sending.get(SENDING_LIMIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The driver did not finish: " + ex, ex);
		}
	}

	/**
	 * A fault lasts this long: time is what is being tested here, not waited on for a
	 * result.
	 */
	private static void hold(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One kind of fault.
	 *
	 * @param name for the table
	 * @param inject done mid-flow
	 * @param hold how long the fault lasts before {@code recover}
	 * @param recover brings the dependency back, returning when it is back
	 * @param check a further check after the backlog drained, its result a note
	 */
	private record Fault(String name, Runnable inject, Duration hold, Runnable recover,
			java.util.function.Supplier<String> check) {

	}

	/**
	 * @param commands the accepted ones
	 * @param sending from the first command sent until the last was accepted
	 * @param row the result
	 */
	private record Outcome(List<AcceptedCommand> commands, Duration sending, LedgerRow row) {

	}

}
