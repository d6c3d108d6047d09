package uk.gov.cheltenham.psr.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.localstack.DemoLogins;
import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end, every piece a real separate process: the five service
 * jars in their own JVMs, a standalone Kafka broker, PostgreSQL, an SMTP server and the
 * token server, all started by the local-stack launcher on free ports. Driven over HTTP
 * with tokens from the token server's password grant, as a person would with curl.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedSystem.class)
class WalkingSkeletonIT {

	private static final Duration PROPAGATION = Duration.ofSeconds(60);

	private static final String HOUSING_MAILBOX = "housing-systems@council.example";

	// personal data that goes in with the report and must come out nowhere else
	private static final String CUSTOMER_NAME = "Arthur Testperson";

	private static final String CUSTOMER_ADDRESS = "17 Nonesuch Close, Fictionville ZZ99 3QQ";

	private static final String WORDS_USED = "I know where the Testperson family keeps the spare key";

	private static final String CUSTOMER_PHONE = "01632 960 417";

	private static final String CUSTOMER_EMAIL = "arthur.testperson@nonesuch.example";

	private static final String REFERENCE = "HSG-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static LocalStack stack;

	private static DemoLogins logins;

	@BeforeAll
	static void useSystem() {
		stack = SharedSystem.stack();
		logins = stack.logins();
	}

	@Test
	@Order(1)
	@DisplayName("I1, I9, R2, R3, M1, M2, M3, L2, P1: a reviewed incident reaches the register, the marker topic, "
			+ "the team's mailbox, letters and the partner feed, with no personal data outside incident-service")
	void incidentToRegisterMarkerNotificationLetterAndPartnerFeed() {
		// the CRO subscribes the housing team to marker notifications
		expect(api("notification-service").post("/api/subscriptions", token("cro"),
				Map.of("team", "housing", "email", HOUSING_MAILBOX)), 201);

		// 1. a representative reports an incident
		JsonNode incident = expect(api("incident-service").post("/api/incidents", token("rep"), incidentReport()), 201);
		String incidentId = incident.get("id").asString();
		assertThat(incident.get("status").asString()).isEqualTo("AWAITING_REVIEW");

		// 2. a manager who was not involved reviews it: a register entry, the warning
		// stage skipped for violence with a recorded reason
		Map<String, Object> review = new LinkedHashMap<>();
		review.put("outcome", "REGISTER_ENTRY");
		review.put("warningBypassReason", "Physical assault: the warning stage does not apply (policy 4.4)");
		review.put("supportOffered", true);
		review.put("policeInformed", true);
		review.put("cctvRequested", false);
		JsonNode reviewed = expect(
				api("incident-service").post("/api/incidents/" + incidentId + "/review", token("manager"), review),
				200);
		assertThat(reviewed.get("reviewOutcome").asString()).isEqualTo("REGISTER_ENTRY");

		// 3. the register opens an entry for it
		JsonNode entry = await("register entry for incident " + incidentId).atMost(PROPAGATION)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> entryFor(incidentId), (found) -> found != null);
		String entryId = entry.get("id").asString();
		assertThat(entry.get("basis").asString()).isEqualTo("REGISTER_ENTRY");
		assertThat(entry.get("restrictionPeriod").asString()).isEqualTo("P4Y");

		// 4. the marker reaches the team systems' topic: key team:reference, and a value
		// that says nothing more
		ConsumerRecord<String, byte[]> marker = new KafkaTestClient(stack.kafka().bootstrapServers())
			.awaitRecord("psr.markers", (record) -> ("housing:" + REFERENCE).equals(record.key()), PROPAGATION);
		String markerValue = KafkaTestClient.text(marker);
		assertThat(markerValue).isNotNull();
		JsonNode markerJson = JSON.readTree(markerValue);
		assertThat(fieldNames(markerJson)).containsExactlyInAnyOrder("team", "reference");
		assertThat(markerJson.get("team").asString()).isEqualTo("housing");
		assertThat(markerJson.get("reference").asString()).isEqualTo(REFERENCE);
		assertNoPersonalData("marker value", markerValue);
		for (Header header : marker.headers()) {
			assertNoPersonalData("marker header " + header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}

		// 5. the housing team is told by email, once, with its reference and nothing
		// personal
		await("notification to " + HOUSING_MAILBOX).atMost(PROPAGATION)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> housingMails().size(), (count) -> count > 0);
		// a duplicate would come from a second delivery: give it time to show
		sleep(Duration.ofSeconds(3));
		List<JsonNode> mails = housingMails();
		assertThat(mails).hasSize(1);
		String mailText = mails.get(0).get("subject").asString() + "\n" + mails.get(0).get("body").asString();
		assertThat(mailText).contains(REFERENCE);
		assertNoPersonalData("notification email", mailText);

		// 6. a restriction letter is drafted for the entry
		JsonNode letters = awaitNonEmpty("letters-service", "/api/letters?entryId=" + entryId);
		assertThat(letters.size()).isEqualTo(1);
		assertThat(letters.get(0).get("letterType").asString()).isEqualTo("RESTRICTION");
		assertThat(letters.get(0).get("status").asString()).isEqualTo("DRAFT");
		assertThat(letters.get(0).get("entryId").asString()).isEqualTo(entryId);

		// 7. the partner feed recorded the update CBH is owed
		JsonNode disclosures = awaitNonEmpty("partner-sync-service", "/api/disclosures?entryId=" + entryId);
		assertThat(disclosures.size()).isEqualTo(1);
		assertThat(disclosures.get(0).get("entryId").asString()).isEqualTo(entryId);
		assertNoPersonalData("partner disclosure record", disclosures.toString());

		// 8. the housing team reports the customer's new phone and email (I8); they stay
		// in
		// incident-service and are read through its internal API, never sent on a topic
		Map<String, Object> update = new LinkedHashMap<>();
		update.put("entryId", entryId);
		update.put("serviceArea", "Housing");
		update.put("customerReference", Map.of("team", "housing", "reference", REFERENCE));
		update.put("phone", CUSTOMER_PHONE);
		update.put("email", CUSTOMER_EMAIL);
		expect(api("incident-service").post("/api/contact-details-updates", token("rep"), update), 201);

		// 9. the letter is rendered from the register's facts (name and address read at
		// render time; 422 L2 while no restrictions are set yet), and the customer record
		// is read by the CRO: personal data flows through letters- and register-service
		// without reaching a log
		String letterId = letters.get(0).get("id").asString();
		await("letter preview").atMost(PROPAGATION)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> api("letters-service").get("/api/letters/" + letterId + "/preview", token("cro")).status(),
					(status) -> status == 200 || status == 422);
		expect(api("register-service").get("/api/entries/" + entryId + "/customer", token("cro")), 200);
	}

	@Test
	@Order(2)
	@DisplayName("D1: no log of any service or the broker holds the customer's name, address, phone, email or the words reported")
	void noPersonalDataInLogs() throws IOException {
		List<Path> logs = stack.logFiles();
		assertThat(logs).hasSize(6).allSatisfy((log) -> assertThat(log).isNotEmptyFile());
		for (Path log : logs) {
			assertNoPersonalData("log " + log.getFileName(), Files.readString(log, StandardCharsets.UTF_8));
		}
	}

	private static Map<String, Object> incidentReport() {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("affectedPerson", "rep");
		report.put("occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		report.put("location", CUSTOMER_ADDRESS);
		report.put("channel", "IN_PERSON");
		report.put("serviceArea", "Housing");
		report.put("incidentType", "PHYSICAL_ASSAULT");
		report.put("customerName", CUSTOMER_NAME);
		report.put("whatHappened",
				"During a visit the customer struck the officer's arm and said: '" + WORDS_USED + "'.");
		report.put("customerReferences", List.of(Map.of("team", "housing", "reference", REFERENCE)));
		return report;
	}

	private static void assertNoPersonalData(String where, String text) {
		assertThat(text).as(where)
			.doesNotContainIgnoringCase(CUSTOMER_NAME)
			.doesNotContainIgnoringCase("Testperson")
			.doesNotContainIgnoringCase("Nonesuch Close")
			.doesNotContainIgnoringCase("ZZ99 3QQ")
			.doesNotContainIgnoringCase(CUSTOMER_PHONE)
			.doesNotContainIgnoringCase("01632960417")
			.doesNotContainIgnoringCase(CUSTOMER_EMAIL)
			.doesNotContainIgnoringCase(WORDS_USED);
	}

	private static JsonNode entryFor(String incidentId) {
		for (JsonNode entry : expect(api("register-service").get("/api/entries", token("cro")), 200)) {
			for (JsonNode id : entry.get("incidentIds")) {
				if (id.asString().equals(incidentId)) {
					return entry;
				}
			}
		}
		return null;
	}

	private static List<JsonNode> housingMails() {
		List<JsonNode> mails = new ArrayList<>();
		for (JsonNode mail : expect(ApiClient.local(stack.mailApi().port()).get("/messages", null), 200)) {
			// the system is shared with other tests: only this test's customer counts
			boolean aboutThisCustomer = (mail.get("subject").asString() + mail.get("body").asString())
				.contains(REFERENCE);
			for (JsonNode to : mail.get("to")) {
				if (to.asString().equalsIgnoreCase(HOUSING_MAILBOX) && aboutThisCustomer) {
					mails.add(mail);
				}
			}
		}
		return mails;
	}

	private static JsonNode awaitNonEmpty(String service, String path) {
		return await(service + path).atMost(PROPAGATION)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> expect(api(service).get(path, token("cro")), 200), (list) -> !list.isEmpty());
	}

	private static List<String> fieldNames(JsonNode object) {
		return new ArrayList<>(object.propertyNames());
	}

	private static JsonNode expect(Response response, int status) {
		assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
		return response.json();
	}

	private static ApiClient api(String service) {
		return stack.api(service);
	}

	private static String token(String user) {
		return logins.token(user);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
