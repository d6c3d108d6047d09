package uk.gov.cheltenham.psr.register;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.events.TeamReference;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.internalapi.CustomerDetails;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Steps the register's ITs share: users' tokens, reviewed incidents on the broker,
 * incident-service's answers, waiting for the register to act, and what its answers and
 * events must look like.
 */
final class RegisterScenario {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApiClient api;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private final IncidentServiceStub incidentService;

	RegisterScenario(int port, IncidentServiceStub incidentService) {
		this.api = ApiClient.local(port);
		this.incidentService = incidentService;
	}

	ApiClient api() {
		return this.api;
	}

	KafkaTestClient kafka() {
		return this.kafka;
	}

	static String user(String subject, String role) {
		return Tokens.shared().forUser(subject, role);
	}

	static String cro() {
		return user("cro-1", "CRO");
	}

	static String cssm() {
		return user("cssm-1", "CSSM");
	}

	static String representative() {
		return user("officer-1", "REPRESENTATIVE");
	}

	static String governance() {
		return user("gov-1", "GOVERNANCE");
	}

	static String executiveDirector() {
		return user("ed-1", "EXECUTIVE_DIRECTOR");
	}

	static String chiefExecutive() {
		return user("ce-1", "CHIEF_EXECUTIVE");
	}

	/** incident-service will answer this incident's customer. */
	CustomerDetails knownCustomer(UUID incidentId, String name, IncidentType type, String... references) {
		List<TeamReference> teamReferences = new ArrayList<>();
		for (String reference : references) {
			String[] parts = reference.split(":", 2);
			teamReferences.add(new TeamReference(parts[0], parts[1]));
		}
		CustomerDetails details = new CustomerDetails(incidentId, name, teamReferences, type,
				Instant.parse("2026-11-27T10:15:00Z"), "Housing");
		this.incidentService.answer(details);
		return details;
	}

	static IncidentReviewed reviewed(UUID incidentId, String outcome, IncidentType type, UUID linkedEntryId,
			String housingReference) {
		Map<String, Object> overrides = new HashMap<>();
		overrides.put("incidentId", incidentId);
		overrides.put("outcome", outcome);
		overrides.put("incidentType", type.name());
		overrides.put("customerReferences", List.of(Map.of("team", "housing", "reference", housingReference)));
		overrides.put("linkedEntryId", (linkedEntryId != null) ? linkedEntryId.toString() : null);
		return KafkaTestClient.fromFixture(EventFixtures.json(IncidentReviewed.class), IncidentReviewed.class,
				overrides);
	}

	/** A reviewed assault naming no entry. */
	static IncidentReviewed reviewed(UUID incidentId, String outcome, String housingReference) {
		return reviewed(incidentId, outcome, IncidentType.PHYSICAL_ASSAULT, null, housingReference);
	}

	/** Opens an entry from a reviewed incident and waits for it; returns the entry id. */
	String openEntry(UUID incidentId, IncidentType type) {
		this.kafka.sendEvent(reviewed(incidentId, "REGISTER_ENTRY", type, null, "HSG-" + UUID.randomUUID()));
		return awaitEntryFor(incidentId).get("id").asString();
	}

	/** Opens an entry and waits until its customer record has been fetched. */
	String openEntryWithCustomer(UUID incidentId, String name, IncidentType type) {
		knownCustomer(incidentId, name, type);
		String entryId = openEntry(incidentId, type);
		awaitCustomer(entryId, (customer) -> name.equals(text(customer, "customerName")));
		return entryId;
	}

	JsonNode awaitEntryFor(UUID incidentId) {
		return await().atMost(PATIENCE).until(() -> entriesFor(incidentId), (found) -> found.size() == 1).get(0);
	}

	List<JsonNode> entriesFor(UUID incidentId) {
		List<JsonNode> found = new ArrayList<>();
		this.api.get("/api/entries", cro()).json().forEach((entry) -> entry.get("incidentIds").forEach((id) -> {
			if (id.asString().equals(incidentId.toString())) {
				found.add(entry);
			}
		}));
		return found;
	}

	JsonNode awaitCustomer(String entryId, Predicate<JsonNode> condition) {
		return await().atMost(PATIENCE)
			.until(() -> this.api.get("/api/entries/" + entryId + "/customer", cro()).json(), condition::test);
	}

	/** The CRO's tasks (open and done) that match. */
	List<JsonNode> tasks(Predicate<JsonNode> match) {
		List<JsonNode> found = new ArrayList<>();
		for (String status : List.of("OPEN", "DONE")) {
			this.api.get("/api/tasks?status=" + status, cro()).json().forEach((task) -> {
				if (match.test(task)) {
					found.add(task);
				}
			});
		}
		return found;
	}

	JsonNode awaitTask(Predicate<JsonNode> match) {
		return await().atMost(PATIENCE).until(() -> tasks(match), (found) -> !found.isEmpty()).get(0);
	}

	/** The first {@code type} event on the register topic for the entry. */
	static ConsumerRecord<String, byte[]> awaitRegisterEvent(String entryId, String type) {
		return KafkaTestClient.shared()
			.awaitRecord(Topics.REGISTER_EVENTS, (record) -> entryId.equals(record.key())
					&& type.equals(KafkaTestClient.header(record, Topics.TYPE_HEADER)), PATIENCE);
	}

	/**
	 * The entry's events on the register topic, once there are at least {@code count}.
	 */
	static List<ConsumerRecord<String, byte[]>> awaitRegisterEvents(String entryId, int count) {
		return await().atMost(PATIENCE)
			.until(() -> KafkaTestClient.shared()
				.readAll(Topics.REGISTER_EVENTS, Duration.ofSeconds(10))
				.stream()
				.filter((record) -> entryId.equals(record.key()))
				.toList(), (found) -> found.size() >= count);
	}

	/** The event on the broker has exactly the fields of its contract fixture. */
	static void assertSameFields(ConsumerRecord<String, byte[]> record, String fixture) {
		assertThat(Set.copyOf(JSON.readTree(record.value()).propertyNames()))
			.isEqualTo(Set.copyOf(JSON.readTree(fixture).propertyNames()));
	}

	/** A 422 problem naming the rule. */
	static void assertRule(Response response, String rule) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("rule").asString()).isEqualTo(rule);
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asString()));
		return texts;
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

}
