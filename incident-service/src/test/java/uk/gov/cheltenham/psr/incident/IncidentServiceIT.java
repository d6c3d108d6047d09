package uk.gov.cheltenham.psr.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;

import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.IncidentReported;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake and review over HTTP with real tokens; events read back from the real broker.
 */
@PsrIntegrationTest
class IncidentServiceIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CUSTOMER_NAME = "Zebedee Quarrington";

	@Value("${local.server.port}")
	int port;

	private ApiClient api() {
		return ApiClient.local(this.port);
	}

	private static String rep(String subject) {
		return Tokens.shared().forUser(subject, "REPRESENTATIVE");
	}

	private static String manager(String subject) {
		return Tokens.shared().forUser(subject, "MANAGER");
	}

	@Test
	@DisplayName("I1, I9, I10: a report and an uninvolved manager's review publish IncidentReported and IncidentReviewed with exactly the contract's fields and no personal data")
	void reportAndReview() {
		String reference = "HSG-" + UUID.randomUUID();
		Response reported = api().post("/api/incidents", rep("rep-1"), report(reference, "PHYSICAL_ASSAULT"));
		assertThat(reported.status()).isEqualTo(201);
		String incidentId = reported.json().get("id").asString();
		assertThat(reported.json().get("status").asString()).isEqualTo("AWAITING_REVIEW");

		Response reviewed = api().post("/api/incidents/" + incidentId + "/review", manager("manager-1"),
				Map.of("outcome", "REGISTER_ENTRY", "warningBypassReason", "assault on an officer", "supportOffered",
						true, "policeInformed", true, "cctvRequested", false));
		assertThat(reviewed.status()).isEqualTo(200);
		assertThat(reviewed.json().get("status").asString()).isEqualTo("REVIEWED");

		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(30))
			.until(() -> KafkaTestClient.shared()
				.readAll(Topics.INCIDENT_EVENTS, Duration.ofSeconds(10))
				.stream()
				.filter((record) -> incidentId.equals(record.key()))
				.toList(), (found) -> found.size() == 2);
		assertThat(records).extracting((record) -> KafkaTestClient.header(record, Topics.TYPE_HEADER))
			.containsExactly("IncidentReported", "IncidentReviewed");
		assertSameFieldsAsFixture(records.get(0), EventFixtures.json(IncidentReported.class));
		assertSameFieldsAsFixture(records.get(1), EventFixtures.json(IncidentReviewed.class));
		JsonNode review = JSON.readTree(records.get(1).value());
		assertThat(review.get("outcome").asString()).isEqualTo("REGISTER_ENTRY");
		assertThat(review.get("customerReferences").get(0).get("reference").asString()).isEqualTo(reference);
		records.forEach((record) -> assertThat(KafkaTestClient.text(record)).doesNotContain(CUSTOMER_NAME, "Bath Road",
				"shouted"));
	}

	@Test
	@DisplayName("I9: the reporter may not review their own report, nor may a witness")
	void involvedReviewerRefused() {
		Response reported = api().post("/api/incidents", rep("rep-2"), report("HSG-2", "VERBAL_THREAT"));
		String incidentId = reported.json().get("id").asString();
		Response byReporter = api().post("/api/incidents/" + incidentId + "/review",
				Tokens.shared().forUser("rep-2", "MANAGER"), Map.of("outcome", "WARNING_LETTER"));
		assertThat(byReporter.status()).isEqualTo(422);
		assertThat(byReporter.isProblem()).isTrue();
		assertThat(byReporter.json().get("rule").asString()).isEqualTo("I9");
		Response byWitness = api().post("/api/incidents/" + incidentId + "/review", manager("witness-1"),
				Map.of("outcome", "WARNING_LETTER"));
		assertThat(byWitness.status()).isEqualTo(422);
	}

	@Test
	@DisplayName("I10: persistent contact cannot skip the warning stage")
	void warningStageNotSkippedForPersistentContact() {
		Response reported = api().post("/api/incidents", rep("rep-3"),
				report("HSG-3", "UNREASONABLY_PERSISTENT_CONTACT"));
		Response review = api().post("/api/incidents/" + reported.json().get("id").asString() + "/review",
				manager("manager-3"), Map.of("outcome", "REGISTER_ENTRY", "warningBypassReason", "many calls"));
		assertThat(review.status()).isEqualTo(422);
		assertThat(review.json().get("rule").asString()).isEqualTo("I10");
	}

	@Test
	@DisplayName("bad input gets 400 problem details naming the field, never a 500")
	void badInput() {
		Map<String, Object> missingChannel = new java.util.HashMap<>(report("HSG-4", "VERBAL_ABUSE"));
		missingChannel.remove("channel");
		Response missing = api().post("/api/incidents", rep("rep-4"), missingChannel);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.isProblem()).isTrue();
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("channel");

		Map<String, Object> badType = new java.util.HashMap<>(report("HSG-4", "VERBAL_ABUSE"));
		badType.put("incidentType", "SHOUTING");
		Response wrongEnum = api().post("/api/incidents", rep("rep-4"), badType);
		assertThat(wrongEnum.status()).isEqualTo(400);
		assertThat(wrongEnum.body()).contains("incidentType");

		assertThat(api().post("/api/incidents", rep("rep-4"), "{not json").status()).isEqualTo(400);
		assertThat(api().get("/api/incidents/not-a-uuid", rep("rep-4")).status()).isEqualTo(400);
		assertThat(api().get("/api/incidents/" + UUID.randomUUID(), manager("manager-4")).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("D2: no token is 401; a representative cannot review or read someone else's report")
	void accessDeniedByDefault() {
		assertThat(api().post("/api/incidents", null, report("HSG-5", "VERBAL_ABUSE")).status()).isEqualTo(401);
		Response reported = api().post("/api/incidents", rep("rep-5"), report("HSG-5", "VERBAL_ABUSE"));
		String path = "/api/incidents/" + reported.json().get("id").asString();
		assertThat(api().get(path, rep("rep-5")).status()).isEqualTo(200);
		assertThat(api().get(path, rep("someone-else")).status()).isEqualTo(403);
		assertThat(api().post(path + "/review", rep("rep-6"), Map.of("outcome", "WARNING_LETTER")).status())
			.isEqualTo(403);
		assertThat(api().get(path, Tokens.shared().forUser("cbh", "CBH_PARTNER")).status()).isEqualTo(403);
		assertThat(api().get("/actuator/health/readiness", null).status()).isEqualTo(200);
	}

	private static void assertSameFieldsAsFixture(ConsumerRecord<String, byte[]> record, String fixture) {
		Set<String> produced = fieldNames(JSON.readTree(record.value()));
		assertThat(produced).isEqualTo(fieldNames(JSON.readTree(fixture)));
	}

	private static Set<String> fieldNames(JsonNode node) {
		return Set.copyOf(node.propertyNames());
	}

	private static Map<String, Object> report(String reference, String incidentType) {
		return Map.of("affectedPerson", "officer-a", "occurredAt", Instant.now().minusSeconds(3600).toString(),
				"location", "Municipal Offices, Bath Road", "channel", "IN_PERSON", "serviceArea", "housing",
				"incidentType", incidentType, "customerName", CUSTOMER_NAME, "whatHappened",
				"The customer shouted threats at the officer", "customerReferences",
				List.of(Map.of("team", "housing", "reference", reference)), "otherInvolvedPeople",
				List.of("witness-1"));
	}

}
