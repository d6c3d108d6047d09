package uk.gov.cheltenham.psr.incident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.IncidentReported;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.TeamReference;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.internalapi.CustomerDetails;
import uk.gov.cheltenham.psr.internalapi.InternalPaths;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cheltenham.psr.incident.TestReports.CUSTOMER_NAME;
import static uk.gov.cheltenham.psr.incident.TestReports.manager;
import static uk.gov.cheltenham.psr.incident.TestReports.rep;
import static uk.gov.cheltenham.psr.incident.TestReports.report;
import static org.awaitility.Awaitility.await;

/**
 * Intake and review over HTTP with real tokens; events read back from the real broker.
 */
@IncidentServiceTest
class IncidentServiceIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	private ApiClient api() {
		return ApiClient.local(this.port);
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
		Map<String, Object> missingChannel = report("HSG-4", "VERBAL_ABUSE");
		missingChannel.remove("channel");
		Response missing = api().post("/api/incidents", rep("rep-4"), missingChannel);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.isProblem()).isTrue();
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("channel");

		Map<String, Object> badType = report("HSG-4", "VERBAL_ABUSE");
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

	@Test
	@DisplayName("Idempotent submission: a POST retried with the same Idempotency-Key returns the same 201 and incident, stored once")
	void idempotentRetry() {
		String reporter = "rep-idem-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		Map<String, Object> report = report("HSG-IDEM", "VERBAL_ABUSE");
		Response first = postWithKey(rep(reporter), key, report);
		Response retry = postWithKey(rep(reporter), key, report);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(countIncidentsReportedBy(reporter)).isEqualTo(1);

		// the key is per caller: another caller's identical key is a different submission
		Response otherCaller = postWithKey(rep(reporter + "-other"), key, report);
		assertThat(otherCaller.status()).isEqualTo(201);
		assertThat(otherCaller.json().get("id")).isNotEqualTo(first.json().get("id"));
	}

	@Test
	@DisplayName("Idempotent submission: concurrent duplicates hit the unique key and all get the first incident, never a 500")
	void idempotentConcurrentRetries() throws Exception {
		String reporter = "rep-race-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		Map<String, Object> report = report("HSG-RACE", "VERBAL_ABUSE");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Response>> calls = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				calls.add(pool.submit(() -> postWithKey(rep(reporter), key, report)));
			}
			Set<String> ids = new HashSet<>();
			for (Future<Response> call : calls) {
				Response response = call.get(60, TimeUnit.SECONDS);
				assertThat(response.status()).isEqualTo(201);
				ids.add(response.json().get("id").asString());
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(countIncidentsReportedBy(reporter)).isEqualTo(1);
	}

	@Test
	@DisplayName("Idempotent submission: the same key with a different report is a 422 problem; a malformed key is a 400 naming the header")
	void idempotencyKeyMisuse() {
		String reporter = "rep-reuse-" + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		assertThat(postWithKey(rep(reporter), key, report("HSG-A", "VERBAL_ABUSE")).status()).isEqualTo(201);
		Response different = postWithKey(rep(reporter), key, report("HSG-B", "VERBAL_ABUSE"));
		assertThat(different.status()).isEqualTo(422);
		assertThat(different.isProblem()).isTrue();
		assertThat(different.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
		assertThat(countIncidentsReportedBy(reporter)).isEqualTo(1);

		Response malformed = postWithKey(rep(reporter), "x".repeat(201), report("HSG-C", "VERBAL_ABUSE"));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
	}

	@Test
	@DisplayName("I11: an incident waiting longer than the configured working days is listed as overdue, to managers only")
	void overdueReviews() {
		this.clock.set(Instant.parse("2027-02-01T10:00:00Z"));
		String overdueId = reportNow("HSG-11");
		// two calendar weeks later is ten working days, past the default five
		this.clock.set(Instant.parse("2027-02-15T10:00:00Z"));
		String freshId = reportNow("HSG-11b");

		Response overdue = api().get("/api/incidents/overdue", manager("manager-11"));
		assertThat(overdue.status()).isEqualTo(200);
		assertThat(idsOf(overdue.json())).contains(overdueId).doesNotContain(freshId);
		JsonNode item = findById(overdue.json(), overdueId);
		assertThat(item.get("workingDaysWaiting").asLong()).isEqualTo(10);
		assertThat(item.get("reviewDueBy").asString()).isEqualTo("2027-02-08");

		assertThat(api().get("/api/incidents/overdue", rep("rep-11")).status()).isEqualTo(403);
	}

	@Test
	@DisplayName("I11: the configured England and Wales bank holidays are not working days: a report of 22 December 2026 is due by 31 December and overdue on 4 January")
	void overdueSkipsBankHolidays() {
		this.clock.set(Instant.parse("2026-12-22T10:00:00Z"));
		String incidentId = reportNow("HSG-11c");

		// 23, 24, 29, 30, 31 December: five working days, not yet overdue
		this.clock.set(Instant.parse("2027-01-01T12:00:00Z"));
		assertThat(idsOf(api().get("/api/incidents/overdue", manager("manager-11")).json())).doesNotContain(incidentId);

		this.clock.set(Instant.parse("2027-01-04T09:00:00Z"));
		JsonNode item = findById(api().get("/api/incidents/overdue", manager("manager-11")).json(), incidentId);
		assertThat(item.get("workingDaysWaiting").asLong()).isEqualTo(6);
		assertThat(item.get("reviewDueBy").asString()).isEqualTo("2026-12-31");
	}

	/** Reports an incident that happened an hour before the application's clock. */
	private String reportNow(String reference) {
		return api()
			.post("/api/incidents", rep("rep-11"),
					report(reference, "VERBAL_ABUSE", this.clock.instant().minusSeconds(3600)))
			.json()
			.get("id")
			.asString();
	}

	private static List<String> idsOf(JsonNode overdue) {
		List<String> ids = new ArrayList<>();
		overdue.forEach((item) -> ids.add(item.get("incident").get("id").asString()));
		return ids;
	}

	@Test
	@DisplayName("I3: a report submitted on behalf of a colleague records and shows both; the colleague sees it and may not review it")
	void reportedOnBehalf() {
		String absent = "rep-offline-" + UUID.randomUUID();
		Map<String, Object> onBehalf = report("HSG-I3", "VERBAL_ABUSE");
		onBehalf.put("reportedOnBehalfOf", absent);
		Response reported = api().post("/api/incidents", rep("rep-i3"), onBehalf);
		assertThat(reported.status()).isEqualTo(201);
		String path = "/api/incidents/" + reported.json().get("id").asString();

		Response bySubmitter = api().get(path, rep("rep-i3"));
		assertThat(bySubmitter.json().get("reportedBy").asString()).isEqualTo("rep-i3");
		assertThat(bySubmitter.json().get("reportedOnBehalfOf").asString()).isEqualTo(absent);
		Response byColleague = api().get(path, rep(absent));
		assertThat(byColleague.status()).isEqualTo(200);
		assertThat(byColleague.json().get("reportedBy").asString()).isEqualTo("rep-i3");
		// the evidence is open to the colleague too (D2)
		assertThat(api().get(path + "/witness-statements", rep(absent)).status()).isEqualTo(200);
		assertThat(api().get(path + "/attachments", rep(absent)).json().isArray()).isTrue();
		assertThat(api().get("/api/incidents", rep(absent)).body()).contains(reported.json().get("id").asString());

		Response review = api().post(path + "/review", Tokens.shared().forUser(absent, "MANAGER"),
				Map.of("outcome", "WARNING_LETTER"));
		assertThat(review.status()).isEqualTo(422);
		assertThat(review.json().get("rule").asString()).isEqualTo("I9");
	}

	@Test
	@DisplayName("I4: a police report needs the lawful condition (422 I4, nothing stored); with it the incident is third-party and IncidentReported says so")
	void thirdPartyPoliceReport() {
		String reporter = "rep-i4-" + UUID.randomUUID();
		Map<String, Object> withoutCondition = report("HSG-I4", "PHYSICAL_ASSAULT");
		withoutCondition.put("thirdParty",
				Map.of("agency", "POLICE", "contactName", "PC Smith", "reference", "GLOS-1"));
		Response refused = api().post("/api/incidents", rep(reporter), withoutCondition);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("rule").asString()).isEqualTo("I4");
		assertThat(countIncidentsReportedBy(reporter)).isZero();

		Map<String, Object> badAgency = report("HSG-I4", "PHYSICAL_ASSAULT");
		badAgency.put("thirdParty", Map.of("agency", "MI5", "contactName", "M", "reference", "007"));
		Response wrongEnum = api().post("/api/incidents", rep(reporter), badAgency);
		assertThat(wrongEnum.status()).isEqualTo(400);
		assertThat(wrongEnum.json().get("errors").get(0).get("field").asString()).isEqualTo("thirdParty.agency");

		Map<String, Object> police = report("HSG-I4", "PHYSICAL_ASSAULT");
		police.put("thirdParty", Map.of("agency", "POLICE", "contactName", "PC Smith", "reference", "GLOS-1",
				"lawfulCondition", "DPA 2018 Sch 1 para 10"));
		Response accepted = api().post("/api/incidents", rep(reporter), police);
		assertThat(accepted.status()).isEqualTo(201);
		String incidentId = accepted.json().get("id").asString();
		Response shown = api().get("/api/incidents/" + incidentId, rep(reporter));
		assertThat(shown.json().get("thirdPartyReport").asBoolean()).isTrue();
		assertThat(shown.json().get("thirdParty").get("agency").asString()).isEqualTo("POLICE");
		assertThat(shown.json().get("thirdParty").get("reference").asString()).isEqualTo("GLOS-1");

		ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(30))
			.until(() -> KafkaTestClient.shared()
				.readAll(Topics.INCIDENT_EVENTS, Duration.ofSeconds(5))
				.stream()
				.filter((record) -> incidentId.equals(record.key()))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(JSON.readTree(event.value()).get("thirdPartyReport").asBoolean()).isTrue();
		assertThat(KafkaTestClient.text(event)).doesNotContain("PC Smith", "GLOS-1");
	}

	@Test
	@DisplayName("I2, I9: the reporter or a manager adds any number of witness statements and reads them back; a witness may not review; others may neither add nor read")
	void witnessStatements() {
		String witness = "witness-" + UUID.randomUUID();
		Response reported = api().post("/api/incidents", rep("rep-i2"), report("HSG-I2", "VERBAL_ABUSE"));
		String incidentId = reported.json().get("id").asString();
		String path = "/api/incidents/" + incidentId;

		Response byReporter = api().post(path + "/witness-statements", rep("rep-i2"),
				Map.of("witness", witness, "statement", "I saw the customer shout at the officer"));
		assertThat(byReporter.status()).isEqualTo(201);
		assertThat(byReporter.json().get("witness").asString()).isEqualTo(witness);
		assertThat(byReporter.json().get("recordedBy").asString()).isEqualTo("rep-i2");
		assertThat(api()
			.post(path + "/witness-statements", manager("manager-i2"),
					Map.of("witness", "witness-i2b", "statement", "I heard it from the next room"))
			.status()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select count(*) from incident_witness_statement where incident_id = ?",
				Integer.class, UUID.fromString(incidentId)))
			.isEqualTo(2);

		assertThat(api()
			.post(path + "/witness-statements", rep("someone-else"),
					Map.of("witness", "witness-x", "statement", "hearsay"))
			.status()).isEqualTo(403);
		Response missingStatement = api().post(path + "/witness-statements", rep("rep-i2"),
				Map.of("witness", "witness-y"));
		assertThat(missingStatement.status()).isEqualTo(400);
		assertThat(missingStatement.json().get("errors").get(0).get("field").asString()).isEqualTo("statement");
		assertThat(api()
			.post("/api/incidents/" + UUID.randomUUID() + "/witness-statements", manager("manager-i2"),
					Map.of("witness", "witness-z", "statement", "nothing"))
			.status()).isEqualTo(404);

		Response listed = api().get(path + "/witness-statements", rep("rep-i2"));
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().size()).isEqualTo(2);
		assertThat(listed.json().get(0).get("witness").asString()).isEqualTo(witness);
		assertThat(listed.json().get(0).get("statement").asString())
			.isEqualTo("I saw the customer shout at the officer");
		assertThat(listed.json().get(1).get("recordedBy").asString()).isEqualTo("manager-i2");
		assertThat(api().get(path + "/witness-statements", manager("manager-other")).json().size()).isEqualTo(2);
		Response one = api().get(path + "/witness-statements/" + byReporter.json().get("id").asString(), rep("rep-i2"));
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("witness").asString()).isEqualTo(witness);
		assertThat(api().get(path + "/witness-statements", rep("someone-else")).status()).isEqualTo(403);
		assertThat(api().get(path + "/witness-statements/" + UUID.randomUUID(), rep("rep-i2")).status()).isEqualTo(404);

		Response byWitness = api().post(path + "/review", manager(witness), Map.of("outcome", "WARNING_LETTER"));
		assertThat(byWitness.status()).isEqualTo(422);
		assertThat(byWitness.json().get("rule").asString()).isEqualTo("I9");
		assertThat(api().post(path + "/review", manager("manager-i2"), Map.of("outcome", "WARNING_LETTER")).status())
			.isEqualTo(200);
		assertThat(api()
			.post(path + "/witness-statements", rep("rep-i2"),
					Map.of("witness", "witness-late", "statement", "too late"))
			.status()).isEqualTo(422);
	}

	@Test
	@DisplayName("I2: the reporter uploads attachments stored with type, size and SHA-256; the reporter and a manager list and download them byte for byte; others get 403")
	void attachments() throws Exception {
		Response reported = api().post("/api/incidents", rep("rep-att"), report("HSG-ATT", "VERBAL_ABUSE"));
		String path = "/api/incidents/" + reported.json().get("id").asString() + "/attachments";
		byte[] photo = new byte[300_000];
		new java.util.Random(42).nextBytes(photo);

		HttpResponse<String> uploaded = upload(path, rep("rep-att"), "PHOTO", "door.png", "image/png", photo);
		assertThat(uploaded.statusCode()).isEqualTo(201);
		JsonNode attachment = JSON.readTree(uploaded.body());
		assertThat(attachment.get("type").asString()).isEqualTo("PHOTO");
		assertThat(attachment.get("contentType").asString()).isEqualTo("image/png");
		assertThat(attachment.get("sizeBytes").asLong()).isEqualTo(photo.length);
		assertThat(attachment.get("sha256").asString()).isEqualTo(sha256(photo));
		assertThat(upload(path, manager("manager-att"), "CORRESPONDENCE", "letter.txt", "text/plain; charset=utf-8",
				"Dear Sir".getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(201);

		Response listed = api().get(path, rep("rep-att"));
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().size()).isEqualTo(2);
		assertThat(listed.json().get(0).get("sha256").asString()).isEqualTo(sha256(photo));
		assertThat(api().get(path, manager("manager-att2")).status()).isEqualTo(200);

		HttpResponse<byte[]> downloaded = download(path + "/" + attachment.get("id").asString(), rep("rep-att"));
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(photo);
		assertThat(sha256(downloaded.body())).isEqualTo(attachment.get("sha256").asString());
		assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(downloaded.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("door.png");
		assertThat(downloaded.headers().allValues("X-Content-Type-Options")).containsOnly("nosniff");
		assertThat(downloaded.headers().firstValue("Repr-Digest")).hasValue("sha-256=:"
				+ java.util.Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(photo))
				+ ":");
		assertThat(download(path + "/" + attachment.get("id").asString(), manager("manager-att2")).statusCode())
			.isEqualTo(200);

		assertThat(api().get(path, rep("someone-else")).status()).isEqualTo(403);
		assertThat(download(path + "/" + attachment.get("id").asString(), rep("someone-else")).statusCode())
			.isEqualTo(403);
		assertThat(upload(path, rep("someone-else"), "PHOTO", "x.png", "image/png", photo).statusCode()).isEqualTo(403);
		assertThat(upload(path, null, "PHOTO", "x.png", "image/png", photo).statusCode()).isEqualTo(401);
		String governance = Tokens.shared().forUser("rep-att", "GOVERNANCE");
		assertThat(api().get(path, governance).status()).isEqualTo(403);
		assertThat(download(path + "/" + attachment.get("id").asString(), governance).statusCode()).isEqualTo(403);
		assertThat(upload(path, Tokens.shared().forService("register-service"), "PHOTO", "x.png", "image/png", photo)
			.statusCode()).isEqualTo(403);
		assertThat(download(path + "/" + UUID.randomUUID(), rep("rep-att")).statusCode()).isEqualTo(404);
	}

	@Test
	@DisplayName("I2: an oversized upload is a 413 problem and a disallowed type or unknown attachment type a 400 problem, each naming the field; nothing is stored")
	void attachmentsRefused() throws Exception {
		Response reported = api().post("/api/incidents", rep("rep-att2"), report("HSG-ATT2", "VERBAL_ABUSE"));
		String incidentId = reported.json().get("id").asString();
		String path = "/api/incidents/" + incidentId + "/attachments";

		HttpResponse<String> oversized = upload(path, rep("rep-att2"), "PHOTO", "big.png", "image/png",
				new byte[10 * 1024 * 1024 + 1]);
		assertThat(oversized.statusCode()).isEqualTo(413);
		assertThat(oversized.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(JSON.readTree(oversized.body()).get("errors").get(0).get("field").asString()).isEqualTo("file");
		// far beyond the limit too: still a problem answer, not a dropped connection
		HttpResponse<String> huge = upload(path, rep("rep-att2"), "PHOTO", "huge.png", "image/png",
				new byte[25 * 1024 * 1024]);
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

		HttpResponse<String> html = upload(path, rep("rep-att2"), "CORRESPONDENCE", "page.html", "text/html",
				"<script>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.statusCode()).isEqualTo(400);
		assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(JSON.readTree(html.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("file.contentType");

		HttpResponse<String> unknownType = upload(path, rep("rep-att2"), "VIDEO", "a.png", "image/png", new byte[10]);
		assertThat(unknownType.statusCode()).isEqualTo(400);
		assertThat(unknownType.body()).contains("type");

		Response notMultipart = api().post(path, rep("rep-att2"), Map.of("file", "abc"));
		assertThat(notMultipart.status()).isBetween(400, 415);
		assertThat(notMultipart.isProblem()).isTrue();

		assertThat(this.jdbc.queryForObject("select count(*) from incident_attachment where incident_id = ?",
				Integer.class, UUID.fromString(incidentId)))
			.isZero();
	}

	@Test
	@DisplayName("I2: stored bytes that no longer match their checksum are withheld, never served")
	void corruptedAttachmentWithheld() throws Exception {
		Response reported = api().post("/api/incidents", rep("rep-att3"), report("HSG-ATT3", "VERBAL_ABUSE"));
		String path = "/api/incidents/" + reported.json().get("id").asString() + "/attachments";
		HttpResponse<String> uploaded = upload(path, rep("rep-att3"), "CORRESPONDENCE", "note.txt", "text/plain",
				"original".getBytes(StandardCharsets.UTF_8));
		String attachmentId = JSON.readTree(uploaded.body()).get("id").asString();
		this.jdbc.update("update incident_attachment_content set content = ? where attachment_id = ?",
				"tampered".getBytes(StandardCharsets.UTF_8), UUID.fromString(attachmentId));
		HttpResponse<byte[]> downloaded = download(path + "/" + attachmentId, rep("rep-att3"));
		assertThat(downloaded.statusCode()).isEqualTo(500);
		assertThat(new String(downloaded.body(), StandardCharsets.UTF_8)).doesNotContain("tampered");
	}

	@Test
	@DisplayName("D1, D2, D3: register-service reads an incident's customer details over the internal API and each disclosure is logged; another service or a staff token gets 403")
	void customerDetailsForRegister() {
		String reference = "HSG-" + UUID.randomUUID();
		Response reported = api().post("/api/incidents", rep("rep-int"), report(reference, "VERBAL_THREAT"));
		String incidentId = reported.json().get("id").asString();
		String path = InternalPaths.INCIDENT_CUSTOMER.replace("{incidentId}", incidentId);

		Response forRegister = api().get(path, Tokens.shared().forService("register-service"));
		assertThat(forRegister.status()).isEqualTo(200);
		JsonNode details = forRegister.json();
		assertThat(details.get("customerName").asString()).isEqualTo(CUSTOMER_NAME);
		assertThat(details.get("customerReferences").get(0).get("reference").asString()).isEqualTo(reference);
		assertThat(details.get("incidentType").asString()).isEqualTo("VERBAL_THREAT");
		assertThat(details.get("serviceArea").asString()).isEqualTo("housing");
		assertThat(details.get("occurredAt").asString()).isNotBlank();
		assertThat(details.has("whatHappened")).isFalse();
		assertThat(details.has("affectedPerson")).isFalse();
		// the shared contract reads what was written, field for field
		CustomerDetails contract = JSON.treeToValue(details, CustomerDetails.class);
		assertThat(contract.incidentId()).hasToString(incidentId);
		assertThat(contract.customerReferences()).containsExactly(new TeamReference("housing", reference));
		assertThat(contract.incidentType()).isEqualTo(uk.gov.cheltenham.psr.events.IncidentType.VERBAL_THREAT);
		assertThat(fieldNames(details)).containsExactlyInAnyOrder("incidentId", "customerName", "customerReferences",
				"incidentType", "occurredAt", "serviceArea");

		assertThat(api().get(path, Tokens.shared().forService("letters-service")).status()).isEqualTo(403);
		assertThat(api().get(path, manager("manager-int")).status()).isEqualTo(403);
		assertThat(api().get(path, null).status()).isEqualTo(401);
		assertThat(api()
			.get("/internal/incidents/" + UUID.randomUUID() + "/customer",
					Tokens.shared().forService("register-service"))
			.status()).isEqualTo(404);

		List<Map<String, Object>> logged = this.jdbc.queryForList(
				"select recipient, purpose, disclosed_at from disclosure_log where incident_id = ?",
				UUID.fromString(incidentId));
		assertThat(logged).hasSize(1);
		assertThat(logged.get(0)).containsEntry("recipient", "register-service");
		assertThat((String) logged.get(0).get("purpose")).contains("R2");
		assertThat(logged.get(0).get("disclosed_at")).isNotNull();
	}

	@Test
	@DisplayName("OpenAPI: the document describes every endpoint, and every scalar field of every request body has an example")
	void openApiDocument() {
		Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/incidents", "/api/incidents/{id}",
				"/api/incidents/{id}/review", "/api/incidents/{id}/witness-statements",
				"/api/incidents/{id}/witness-statements/{statementId}", "/api/incidents/{id}/attachments",
				"/api/incidents/{id}/attachments/{attachmentId}", "/api/incidents/awaiting-review",
				"/api/incidents/overdue", "/api/contact-details-updates", "/api/contact-details-updates/{id}",
				InternalPaths.INCIDENT_CUSTOMER, "/internal/contact-details-updates/{updateId}");
		JsonNode schemas = docs.json().get("components").get("schemas");
		for (String request : List.of("ReportIncidentRequest", "ThirdPartyRequest", "CustomerReferenceRequest",
				"ContactRequest", "ReviewRequest", "WitnessStatementRequest", "ContactDetailsUpdateRequest")) {
			JsonNode properties = schemas.get(request).get("properties");
			for (String field : properties.propertyNames()) {
				JsonNode property = properties.get(field);
				if (!property.has("$ref") && !"array".equals(property.path("type").asString(""))) {
					assertThat(property.has("example")).as(request + "." + field + " has an example").isTrue();
				}
			}
		}
	}

	/**
	 * ApiClient speaks JSON only: multipart uploads and binary downloads are made by
	 * hand.
	 */
	private HttpResponse<String> upload(String path, String token, String type, String fileName, String contentType,
			byte[] content) throws Exception {
		return TestReports.upload(this.port, path, token, type, fileName, contentType, content);
	}

	private HttpResponse<byte[]> download(String path, String token) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static JsonNode findById(JsonNode overdue, String id) {
		for (JsonNode item : overdue) {
			if (id.equals(item.get("incident").get("id").asString())) {
				return item;
			}
		}
		throw new AssertionError("not listed: " + id);
	}

	private int countIncidentsReportedBy(String reporter) {
		return this.jdbc.queryForObject("select count(*) from incident where reported_by = ?", Integer.class, reporter);
	}

	/** ApiClient sends no custom headers, so this one call is made by hand. */
	private Response postWithKey(String token, String key, Object body) {
		return api().post("/api/incidents", token, body, Map.of("Idempotency-Key", key));
	}

	private static void assertSameFieldsAsFixture(ConsumerRecord<String, byte[]> record, String fixture) {
		Set<String> produced = fieldNames(JSON.readTree(record.value()));
		assertThat(produced).isEqualTo(fieldNames(JSON.readTree(fixture)));
	}

	private static Set<String> fieldNames(JsonNode node) {
		return Set.copyOf(node.propertyNames());
	}

}
