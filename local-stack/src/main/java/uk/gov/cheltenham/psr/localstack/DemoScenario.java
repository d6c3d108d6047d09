package uk.gov.cheltenham.psr.localstack;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;

/**
 * A small, entirely fictitious scenario loaded through the public APIs with tokens from
 * the token server, as people would: the CRO subscribes the housing team to markers, a
 * representative reports three incidents, and a manager who was not involved reviews two
 * of them (a register entry and a warning letter); the third waits for review.
 * <p>
 * Customer references get a random number, so loading it again adds new customers rather
 * than clashing with the first ones.
 */
final class DemoScenario {

	static final String HOUSING_TEAM = "housing";

	static final String HOUSING_MAILBOX = "housing-systems@council.example";

	private static final Duration PROPAGATION_TIMEOUT = Duration.ofSeconds(60);

	private final LocalStack stack;

	private final DemoLogins logins;

	private final PrintStream out;

	private final SecureRandom random = new SecureRandom();

	DemoScenario(LocalStack stack, PrintStream out) {
		this.stack = stack;
		this.logins = stack.logins();
		this.out = out;
	}

	void load() {
		this.out.println();
		this.out.println("Loading the demo scenario (fictitious people) ...");
		subscribeHousingTeam();
		List<DemoIncident> incidents = List.of(
				new DemoIncident("Ivor Example (fictitious)", "PHYSICAL_ASSAULT", "IN_PERSON", "Housing",
						"Reception desk, Municipal Offices, 1 Example Square, Sampletown ZZ99 1ZZ",
						"The customer pushed the officer against the counter after being told the repair was "
								+ "not yet booked, saying 'you will regret this'.",
						List.of(reference(HOUSING_TEAM, "HSG")), "REGISTER_ENTRY",
						"Physical assault on an officer: the policy lets violence bypass the warning stage"),
				new DemoIncident("Hazel Madeup (fictitious)", "VERBAL_ABUSE", "PHONE", "Council Tax", null,
						"Repeated swearing at the call handler during a call about arrears.",
						List.of(reference("council-tax", "CTX"), reference(HOUSING_TEAM, "HSG")), "WARNING_LETTER",
						null),
				new DemoIncident("Testy Placeholder (fictitious)", "UNREASONABLY_PERSISTENT_CONTACT", "LETTER_OR_EMAIL",
						"Planning", null, "Forty-two emails in one week about the same closed planning enquiry.",
						List.of(reference("planning", "PLN")), null, null));
		List<String> reported = new ArrayList<>();
		for (DemoIncident incident : incidents) {
			String id = report(incident);
			reported.add(id);
			if (incident.outcome() != null) {
				review(id, incident);
			}
		}
		this.out.println();
		for (int i = 0; i < incidents.size(); i++) {
			describe(reported.get(i), incidents.get(i));
		}
		long mails = this.stack.mail().receivedMessagesFor(HOUSING_MAILBOX).size();
		this.out.printf("%n  %d notification(s) to %s so far: %s%n", mails, HOUSING_MAILBOX,
				this.stack.mailApi().messagesUrl());
	}

	private void subscribeHousingTeam() {
		ApiClient notifications = this.stack.api("notification-service");
		JsonNode existing = expect(notifications.get("/api/subscriptions", token("cro")), 200);
		boolean exists = false;
		for (JsonNode subscription : existing) {
			exists |= HOUSING_TEAM.equals(subscription.get("team").asString())
					&& HOUSING_MAILBOX.equals(subscription.get("email").asString());
		}
		if (!exists) {
			expect(notifications.post("/api/subscriptions", token("cro"),
					Map.of("team", HOUSING_TEAM, "email", HOUSING_MAILBOX)), 201);
		}
		this.out.printf("  subscription: team %s -> %s (%s)%n", HOUSING_TEAM, HOUSING_MAILBOX,
				exists ? "already there" : "created by cro");
	}

	private String report(DemoIncident incident) {
		Map<String, Object> body = new LinkedHashMap<>();
		// the representative reports what happened to them
		body.put("affectedPerson", "rep");
		body.put("occurredAt", Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		if (incident.location() != null) {
			body.put("location", incident.location());
		}
		body.put("channel", incident.channel());
		body.put("serviceArea", incident.serviceArea());
		body.put("incidentType", incident.incidentType());
		body.put("customerName", incident.customerName());
		body.put("whatHappened", incident.whatHappened());
		body.put("customerReferences", incident.references());
		return expect(this.stack.api("incident-service").post("/api/incidents", token("rep"), body), 201).get("id")
			.asString();
	}

	private void review(String incidentId, DemoIncident incident) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", incident.outcome());
		if (incident.warningBypassReason() != null) {
			body.put("warningBypassReason", incident.warningBypassReason());
		}
		body.put("supportOffered", true);
		body.put("policeInformed", incident.incidentType().equals("PHYSICAL_ASSAULT"));
		body.put("cctvRequested", false);
		// "manager" was not involved in any of the demo incidents (I9)
		expect(this.stack.api("incident-service")
			.post("/api/incidents/" + incidentId + "/review", token("manager"), body), 200);
	}

	private void describe(String incidentId, DemoIncident incident) {
		this.out.printf("  incident %s  %s, customer %s, refs %s%n", incidentId, incident.incidentType(),
				incident.customerName(),
				incident.references()
					.stream()
					.map((reference) -> reference.get("team") + ":" + reference.get("reference"))
					.toList());
		if (incident.outcome() == null) {
			this.out.printf("      reported by rep; awaiting review (manager: GET %s/api/incidents/awaiting-review)%n",
					this.stack.url("incident-service"));
			return;
		}
		this.out.printf("      reported by rep, reviewed by manager: %s%n", incident.outcome());
		Optional<JsonNode> entry = poll(() -> entryFor(incidentId));
		if (entry.isEmpty()) {
			this.out.printf("      no register entry yet (still travelling over Kafka?)%n");
			return;
		}
		String entryId = entry.get().get("id").asString();
		this.out.printf("      register entry %s: %s, period %s, review due %s%n", entryId,
				entry.get().get("basis").asString(), entry.get().get("restrictionPeriod").asString(),
				entry.get().get("reviewDue").asString());
		List<String> letters = new ArrayList<>();
		poll(() -> nonEmpty("letters-service", "/api/letters?entryId=" + entryId))
			.ifPresent((found) -> found.forEach((letter) -> letters
				.add(letter.get("letterType").asString() + " letter, " + letter.get("status").asString())));
		this.out.printf("      letters: %s%n", letters.isEmpty() ? "none yet" : letters);
		List<String> disclosures = new ArrayList<>();
		poll(() -> nonEmpty("partner-sync-service", "/api/disclosures?entryId=" + entryId))
			.ifPresent((found) -> found.forEach((disclosure) -> disclosures.add(disclosure.get("change").asString()
					+ " to " + disclosure.get("recipient").asString() + ", " + disclosure.get("status").asString())));
		this.out.printf("      partner feed (CBH): %s%n", disclosures.isEmpty() ? "none yet" : disclosures);
	}

	private Optional<JsonNode> entryFor(String incidentId) {
		for (JsonNode entry : expect(this.stack.api("register-service").get("/api/entries", token("cro")), 200)) {
			for (JsonNode id : entry.get("incidentIds")) {
				if (id.asString().equals(incidentId)) {
					return Optional.of(entry);
				}
			}
		}
		return Optional.empty();
	}

	private Optional<JsonNode> nonEmpty(String service, String path) {
		return Optional.of(expect(this.stack.api(service).get(path, token("cro")), 200))
			.filter((list) -> !list.isEmpty());
	}

	private String token(String user) {
		return this.logins.token(user);
	}

	private static JsonNode expect(Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException(
					"Expected " + status + " but got " + response.status() + ": " + response.body());
		}
		return response.json();
	}

	private static <T> Optional<T> poll(Supplier<Optional<T>> probe) {
		long deadline = System.nanoTime() + PROPAGATION_TIMEOUT.toNanos();
		while (true) {
			Optional<T> result = probe.get();
			if (result.isPresent() || System.nanoTime() > deadline) {
				return result;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
	}

	private Map<String, String> reference(String team, String prefix) {
		return Map.of("team", team, "reference", prefix + "-DEMO-" + (100000 + this.random.nextInt(900000)));
	}

	private record DemoIncident(String customerName, String incidentType, String channel, String serviceArea,
			String location, String whatHappened, List<Map<String, String>> references, String outcome,
			String warningBypassReason) {

	}

}
