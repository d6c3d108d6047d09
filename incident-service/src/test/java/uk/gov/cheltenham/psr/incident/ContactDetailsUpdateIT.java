package uk.gov.cheltenham.psr.incident;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.ContactDetailsUpdateReported;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cheltenham.psr.incident.TestReports.entryOnRegister;
import static uk.gov.cheltenham.psr.incident.TestReports.manager;
import static uk.gov.cheltenham.psr.incident.TestReports.registerService;
import static uk.gov.cheltenham.psr.incident.TestReports.rep;

/**
 * I8: a representative reports a registered customer's new contact details; the event
 * carries ids only and register-service reads the details over the internal API, each
 * read logged (D1, D3).
 */
@IncidentServiceTest
class ContactDetailsUpdateIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String NEW_ADDRESS = "14 Quarrington Close, Cheltenham";

	private static final String NEW_EMAIL = "zq@example.org";

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private ApiClient api() {
		return ApiClient.local(this.port);
	}

	@Test
	@DisplayName("I8, D1, D3: the update is stored, ContactDetailsUpdateReported (ids only) is published, and register-service reads the details at the internal path, logged")
	void reportedAndReadByRegister() {
		UUID entryId = entryOnRegister(this.jdbc);
		Response reported = api().post("/api/contact-details-updates", rep("rep-i8"), update(entryId));
		assertThat(reported.status()).isEqualTo(201);
		String updateId = reported.json().get("updateId").asString();
		assertThat(reported.json().get("email").asString()).isEqualTo(NEW_EMAIL);

		ConsumerRecord<String, byte[]> event = KafkaTestClient.shared()
			.awaitRecord(Topics.INCIDENT_EVENTS, (record) -> updateId.equals(record.key()), Duration.ofSeconds(30));
		assertThat(KafkaTestClient.header(event, Topics.TYPE_HEADER)).isEqualTo("ContactDetailsUpdateReported");
		JsonNode published = JSON.readTree(event.value());
		assertThat(Set.copyOf(published.propertyNames())).isEqualTo(
				Set.copyOf(JSON.readTree(EventFixtures.json(ContactDetailsUpdateReported.class)).propertyNames()));
		assertThat(published.get("entryId").asString()).isEqualTo(entryId.toString());
		assertThat(KafkaTestClient.text(event)).doesNotContain("Quarrington", NEW_EMAIL, "01242");

		String internalPath = "/internal/contact-details-updates/" + updateId;
		Response forRegister = api().get(internalPath, registerService());
		assertThat(forRegister.status()).isEqualTo(200);
		assertThat(forRegister.json().get("entryId").asString()).isEqualTo(entryId.toString());
		assertThat(forRegister.json().get("address").asString()).isEqualTo(NEW_ADDRESS);
		assertThat(forRegister.json().get("phone").asString()).isEqualTo("01242 264000");
		assertThat(forRegister.json().get("customerReference").get("reference").asString()).isEqualTo("HSG-8");
		List<Map<String, Object>> logged = this.jdbc.queryForList(
				"select recipient, purpose, incident_id from disclosure_log where contact_details_update_id = ?",
				UUID.fromString(updateId));
		assertThat(logged).hasSize(1);
		assertThat(logged.get(0)).containsEntry("recipient", "register-service").containsEntry("incident_id", null);
		assertThat((String) logged.get(0).get("purpose")).startsWith("I8");

		assertThat(api().get(internalPath, Tokens.shared().forService("letters-service")).status()).isEqualTo(403);
		assertThat(api().get(internalPath, manager("manager-i8")).status()).isEqualTo(403);
		assertThat(api().get("/internal/contact-details-updates/" + UUID.randomUUID(), registerService()).status())
			.isEqualTo(404);

		assertThat(api().get("/api/contact-details-updates/" + updateId, rep("rep-i8")).status()).isEqualTo(200);
		assertThat(api().get("/api/contact-details-updates/" + updateId, rep("someone-else")).status()).isEqualTo(403);
		assertThat(api().get("/api/contact-details-updates/" + updateId, Tokens.shared().forUser("x", "GOVERNANCE"))
			.status()).isEqualTo(403);
	}

	@Test
	@DisplayName("I8: nothing changed or a customer not on the register is a 422 naming I8; a malformed email or missing entry is a 400 naming the field; nothing is stored")
	void refused() {
		UUID entryId = entryOnRegister(this.jdbc);
		Map<String, Object> nothing = new HashMap<>(
				Map.of("entryId", entryId.toString(), "serviceArea", "housing", "address", " "));
		assertRule(api().post("/api/contact-details-updates", rep("rep-i8b"), nothing));
		assertRule(api().post("/api/contact-details-updates", rep("rep-i8b"), update(UUID.randomUUID())));

		Map<String, Object> badEmail = update(entryId);
		badEmail.put("email", "not an email");
		assertField(api().post("/api/contact-details-updates", rep("rep-i8b"), badEmail), "email");
		Map<String, Object> noEntry = update(entryId);
		noEntry.remove("entryId");
		assertField(api().post("/api/contact-details-updates", rep("rep-i8b"), noEntry), "entryId");

		assertThat(this.jdbc.queryForObject("select count(*) from contact_details_update where reported_by = ?",
				Integer.class, "rep-i8b"))
			.isZero();
		assertThat(api().post("/api/contact-details-updates", null, update(entryId)).status()).isEqualTo(401);
	}

	private static Map<String, Object> update(UUID entryId) {
		return new HashMap<>(Map.of("entryId", entryId.toString(), "serviceArea", "housing", "customerReference",
				Map.of("team", "housing", "reference", "HSG-8"), "address", NEW_ADDRESS, "postcode", "GL50 9SA",
				"phone", "01242 264000", "email", NEW_EMAIL));
	}

	private static void assertRule(Response response) {
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("rule").asString()).isEqualTo("I8");
	}

	private static void assertField(Response response, String field) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
	}

}
