package uk.gov.cheltenham.psr.systemtests.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import uk.gov.cheltenham.psr.localstack.DemoLogins;
import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;

/**
 * Sends commands as a client would while faults come and go: each incident is reported
 * with an {@code Idempotency-Key} and then reviewed by a manager as a register entry. A
 * call that fails (connection refused, timeout, 5xx, 429) is repeated, the report with
 * the same key; a review whose answer was lost and that is refused on repetition counts
 * as accepted only when the incident shows it was reviewed. Only accepted commands are
 * recorded. Several senders may share the commands, each sending one after the other.
 */
final class LedgerDriver {

	static final String TEAM = "housing";

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

	private final LocalStack stack;

	private final Duration patience;

	private final int senders;

	private final List<AcceptedCommand> accepted = new CopyOnWriteArrayList<>();

	private volatile DemoLogins logins;

	private volatile Instant finishedAt;

	/** Set by the first failure, so that the other senders stop too. */
	private volatile boolean stopping;

	/**
	 * A driver for one stack.
	 * @param stack the running system
	 * @param patience how long one call may keep failing before the run gives up
	 * @param senders how many commands are sent at a time
	 */
	LedgerDriver(LocalStack stack, Duration patience, int senders) {
		this.stack = stack;
		this.patience = patience;
		if (senders < 1) {
			throw new IllegalArgumentException("At least one sender, not " + senders);
		}
		this.senders = senders;
		this.logins = stack.logins();
	}

	/**
	 * Sends {@code count} commands from threads of their own, each sender taking the next
	 * reference still to be sent.
	 * @param referencePrefix makes every reference of this run unique
	 * @param count how many
	 * @return completes with the accepted commands when all are sent, or with the first
	 * failure, which stops the other senders
	 */
	CompletableFuture<List<AcceptedCommand>> start(String referencePrefix, int count) {
		CompletableFuture<List<AcceptedCommand>> done = new CompletableFuture<>();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger running = new AtomicInteger(this.senders);
		for (int s = 0; s < this.senders; s++) {
			Thread thread = new Thread(() -> {
				try {
					for (int i = next.getAndIncrement(); i < count && !this.stopping; i = next.getAndIncrement()) {
						send(String.format("%s-%05d", referencePrefix, i));
					}
				}
				catch (RuntimeException | Error ex) {
					this.stopping = true;
					if (!done.isDone()) {
						this.finishedAt = Instant.now();
						done.completeExceptionally(ex);
					}
				}
				if (running.decrementAndGet() == 0 && !done.isDone()) {
					this.finishedAt = Instant.now();
					done.complete(List.copyOf(this.accepted));
				}
			}, "ledger-sender-" + (s + 1));
			thread.setDaemon(true);
			thread.start();
		}
		return done;
	}

	/** How many commands were accepted so far. */
	int acceptedSoFar() {
		return this.accepted.size();
	}

	Instant finishedAt() {
		return this.finishedAt;
	}

	private void send(String reference) {
		String idempotencyKey = UUID.randomUUID().toString();
		Map<String, Object> report = report(reference);
		JsonNode incident = until("report " + reference, () -> incidents().post("/api/incidents", token("rep"), report,
				Map.of("Idempotency-Key", idempotencyKey)), (response) -> response.status() == 201);
		String incidentId = incident.get("id").asString();
		Map<String, Object> review = review();
		until("review of " + incidentId, () -> {
			Response response = incidents().post("/api/incidents/" + incidentId + "/review", token("manager"), review);
			if (response.status() == 409 || response.status() == 422) {
				// the first attempt may have been carried out with its answer lost
				Response current = incidents().get("/api/incidents/" + incidentId, token("manager"));
				if (current.status() == 200 && "REGISTER_ENTRY".equals(text(current.json(), "reviewOutcome"))) {
					return current;
				}
			}
			return response;
		}, (response) -> response.status() == 200);
		this.accepted.add(new AcceptedCommand(reference, incidentId));
	}

	/**
	 * Repeats a call while it fails for reasons a client retries; any other refusal ends
	 * the run, since the driver only sends valid commands.
	 */
	private JsonNode until(String what, Supplier<Response> call, java.util.function.Predicate<Response> accepted) {
		long deadline = System.nanoTime() + this.patience.toNanos();
		Duration backoff = FIRST_BACKOFF;
		String lastFailure = null;
		while (System.nanoTime() < deadline) {
			if (this.stopping) {
				throw new IllegalStateException(what + " not sent: another sender failed");
			}
			try {
				Response response = call.get();
				if (accepted.test(response)) {
					return response.json();
				}
				if (response.status() == 401) {
					// a run longer than a token's hour logs in again
					this.logins = this.stack.logins();
				}
				else if (response.status() < 500 && response.status() != 429) {
					throw new IllegalStateException(what + " refused: " + response.status() + " " + response.body());
				}
				lastFailure = response.status() + " " + response.body();
			}
			catch (IllegalStateException ex) {
				if (!String.valueOf(ex.getMessage()).startsWith("Request failed")) {
					throw ex;
				}
				lastFailure = ex.getMessage();
			}
			pause(backoff);
			backoff = (backoff.compareTo(MAX_BACKOFF) < 0) ? backoff.multipliedBy(2) : MAX_BACKOFF;
		}
		throw new IllegalStateException(what + " not accepted within " + this.patience + "; last: " + lastFailure);
	}

	private ApiClient incidents() {
		return this.stack.api("incident-service");
	}

	private String token(String user) {
		return this.logins.token(user);
	}

	/** Fictitious: the customer's name is unique so no two commands meet in one entry. */
	private static Map<String, Object> report(String reference) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("affectedPerson", "rep");
		report.put("occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		report.put("channel", "IN_PERSON");
		report.put("serviceArea", "Housing");
		report.put("incidentType", "PHYSICAL_ASSAULT");
		report.put("customerName", "Ledger Customer " + reference);
		report.put("whatHappened", "The customer pushed the officer during a visit (ledger test, fictitious).");
		report.put("customerReferences", List.of(Map.of("team", TEAM, "reference", reference)));
		return report;
	}

	private static Map<String, Object> review() {
		Map<String, Object> review = new LinkedHashMap<>();
		review.put("outcome", "REGISTER_ENTRY");
		review.put("warningBypassReason", "Physical assault: the warning stage does not apply (policy 4.4)");
		review.put("supportOffered", true);
		review.put("policeInformed", true);
		review.put("cctvRequested", false);
		return review;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
