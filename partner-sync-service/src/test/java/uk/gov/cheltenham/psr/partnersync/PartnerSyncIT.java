package uk.gov.cheltenham.psr.partnersync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.cheltenham.psr.events.AppealLodged;
import uk.gov.cheltenham.psr.events.EntryApproved;
import uk.gov.cheltenham.psr.events.EntryExtended;
import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.partnersync.agreement.PartnerSignature;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.inbox.ProcessedEvents;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.AuthorizationMatrixCheck;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The partner hop on the real broker and PostgreSQL: register events in, the accountable
 * record of what CBH is owed in the database, the disclosure report over HTTP.
 */
@PsrIntegrationTest
class PartnerSyncIT {

	static final String CONSUMER = "partner-sync-service";

	static final String DEAD_LETTERS = "error." + Topics.REGISTER_EVENTS + "." + CONSUMER;

	static final List<String> ALLOW_LIST = List.of("entryId", "restrictions", "cautions", "reviewDue", "status");

	static final Duration PATIENCE = Duration.ofSeconds(60);

	static final String INBOUND_SECRET = "cbh-signs-with-this";

	/** How CBH signs its calls to PSR. */
	static final PartnerSignature INBOUND = new PartnerSignature(INBOUND_SECRET);

	static final JsonMapper JSON = JsonMapper.builder().build();

	final KafkaTestClient kafka = KafkaTestClient.shared();

	private static TestSmtpServer partnerSmtp;

	private static TestTls partnerCertificate;

	private static TestRegisterService registerService;

	@LocalServerPort
	int port;

	/** CBH's mail server for this JVM: requires STARTTLS, with a certificate we trust. */
	static synchronized TestSmtpServer partnerSmtp() {
		if (partnerSmtp == null) {
			try {
				partnerCertificate = TestTls.generate(Files.createTempDirectory("partner-tls"), "partner");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			partnerSmtp = TestSmtpServer.requiringTls(partnerCertificate);
		}
		return partnerSmtp;
	}

	/** register-service's internal API for this JVM. */
	static synchronized TestRegisterService registerService() {
		if (registerService == null) {
			registerService = TestRegisterService.start();
		}
		return registerService;
	}

	@DynamicPropertySource
	static void partnerServers(DynamicPropertyRegistry registry) {
		registry.add("psr.services.register-service.url", () -> registerService().url());
		registry.add("psr.partner.inbound.signing-secret", () -> INBOUND_SECRET);
		// retried within the test's patience; the backoff's growth is a unit test's
		registry.add("psr.partner.smtp.first-backoff", () -> "200ms");
		registry.add("psr.partner.smtp.host", () -> "localhost");
		registry.add("psr.partner.smtp.port", () -> partnerSmtp().port());
		registry.add("psr.partner.smtp.trust-store", () -> partnerCertificate.trustStore().toString());
		registry.add("psr.partner.smtp.trust-store-password", () -> partnerCertificate.password());
		registry.add("psr.partner.smtp.poll-interval", () -> "200ms");
	}

	@AfterAll
	static void stopPartnerServers() {
		if (partnerSmtp != null) {
			partnerSmtp.close();
		}
		if (registerService != null) {
			registerService.close();
		}
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessedEvents processedEvents;

	@Autowired
	AuditTrail auditTrail;

	@Test
	@DisplayName("P1, P3: an opened entry becomes one pending update with exactly the allow-listed field names, shown to the CRO with channel, recipient, agreement and outcome")
	void entryOpenedRecordsOneUpdate() throws Exception {
		UUID entryId = UUID.randomUUID();
		UUID eventId = publish(EntryOpened.class, entryId);

		awaitProcessed(eventId);

		List<Map<String, Object>> updates = updates(entryId);
		assertThat(updates).singleElement().satisfies((update) -> {
			assertThat(update).containsEntry("kind", "UPDATE")
				.containsEntry("register_change", "ENTRY_OPENED")
				.containsEntry("source_event_id", eventId)
				.containsEntry("agreement_reference", "CBH-DSA-2024-01")
				.containsEntry("recipient", "psr-updates@cbh.example");
			// the sender may be delivering it, or have delivered it
			assertThat(update.get("status")).isIn("PENDING", "SENDING", "SENT");
			assertThat(fields(update)).containsExactlyElementsOf(ALLOW_LIST);
		});

		Response response = api().get("/api/disclosures?entryId=" + entryId, cro());
		assertThat(response.status()).isEqualTo(200);
		JsonNode report = response.json();
		assertThat(report).hasSize(1);
		JsonNode line = report.get(0);
		assertThat(line.get("entryId").asString()).isEqualTo(entryId.toString());
		assertThat(line.get("kind").asString()).isEqualTo("UPDATE");
		assertThat(line.get("change").asString()).isEqualTo("EntryOpened");
		assertThat(line.get("channel").asString()).isEqualTo("EMAIL");
		assertThat(line.get("recipient").asString()).isEqualTo("psr-updates@cbh.example");
		assertThat(line.get("agreementReference").asString()).isEqualTo("CBH-DSA-2024-01");
		assertThat(line.get("status").asString()).isIn("PENDING", "SENDING", "SENT");
		assertThat(line.get("recordedAt").isNull()).isFalse();
		List<String> reportedFields = new ArrayList<>();
		line.get("fields").forEach((field) -> reportedFields.add(field.asString()));
		assertThat(reportedFields).containsExactlyElementsOf(ALLOW_LIST);
	}

	@Test
	@DisplayName("P3: the same event delivered twice is recorded once")
	void redeliveryRecordedOnce() {
		UUID entryId = UUID.randomUUID();
		EntryOpened opened = fixture(EntryOpened.class, entryId, Map.of());
		this.kafka.sendEvent(opened);
		this.kafka.sendEvent(opened);
		// one partition: once a later event is processed, both deliveries have been
		UUID laterEventId = publish(EntryExtended.class, UUID.randomUUID());

		awaitProcessed(laterEventId);

		assertThat(updates(entryId)).hasSize(1);
	}

	@Test
	@DisplayName("P1, P3: an update is sent with the values register-service gives for exactly the allow-listed fields, over required STARTTLS, marked SENT and announced as PartnerUpdateSent")
	void deliveredOverTlsAndAnnounced() {
		UUID entryId = UUID.randomUUID();
		awaitProcessed(publish(EntryOpened.class, entryId));

		await().atMost(PATIENCE).until(() -> "SENT".equals(updates(entryId).get(0).get("status")));

		assertThat(registerService().callsAbout(entryId)).singleElement().satisfies((call) -> {
			assertThat(call.fields()).isEqualTo(String.join(",", ALLOW_LIST));
			assertThat(call.clientId()).isEqualTo("partner-sync-service");
		});
		// whatever any test sent, the register was never asked for a field off the list
		assertThat(registerService().calls())
			.allSatisfy((call) -> assertThat(ALLOW_LIST).containsAll(List.of(call.fields().split(","))));
		assertThat(partnerSmtp().received()).filteredOn((message) -> message.content().contains(entryId.toString()))
			.singleElement()
			.satisfies((message) -> {
				assertThat(message.overTls()).isTrue();
				assertThat(message.recipient()).isEqualTo("psr-updates@cbh.example");
				assertThat(message.content()).contains("Fields: " + String.join(", ", ALLOW_LIST))
					.contains("entryId: " + entryId)
					.contains("restrictions:\r\n  - Visit in pairs\r\n  - Contact by email only")
					.contains("cautions: Raises voice when refused", "reviewDue: 2027-05-28", "status: ACTIVE")
					// answered by the register, allowed by no agreement: dropped
					.doesNotContain("dateOfBirth", "1970-01-01", "answered-by-the-register");
			});
		UUID updateId = (UUID) updates(entryId).get(0).get("id");
		ConsumerRecord<String, byte[]> sent = this.kafka.awaitRecord(Topics.PARTNER_EVENTS,
				(record) -> entryId.toString().equals(record.key()), PATIENCE);
		assertThat(new String(sent.headers().lastHeader(Topics.TYPE_HEADER).value(), StandardCharsets.UTF_8))
			.isEqualTo("PartnerUpdateSent");
		assertThat(new String(sent.value(), StandardCharsets.UTF_8))
			.contains(updateId.toString(), "CBH-DSA-2024-01", "reviewDue")
			.doesNotContain("Visit in pairs");
	}

	@Test
	@DisplayName("P1, D1: the values are never stored: the database holds the field names only")
	void valuesNeverStored() {
		UUID entryId = UUID.randomUUID();
		awaitProcessed(publish(EntryOpened.class, entryId));
		await().atMost(PATIENCE).until(() -> "SENT".equals(updates(entryId).get(0).get("status")));

		String everything = this.jdbc
			.queryForList("select u::text as line from outbound_update u where entry_id = ? union all "
					+ "select f::text from outbound_update_field f join outbound_update u on u.id = f.update_id "
					+ "where u.entry_id = ?", String.class, entryId, entryId)
			.toString();
		assertThat(everything).contains("reviewDue").doesNotContain("Visit in pairs", "2027-05-28", "ACTIVE");
	}

	@Test
	@DisplayName("P1, R12: an entry register-service has deleted for good (410) cancels the update: nothing is sent, and the report shows CANCELLED")
	void goneEntryCancelsUpdate() throws Exception {
		UUID entryId = UUID.randomUUID();
		registerService().answer(entryId, 410);
		awaitProcessed(publish(EntryOpened.class, entryId));

		await().atMost(PATIENCE).until(() -> "CANCELLED".equals(updates(entryId).get(0).get("status")));

		assertThat(partnerSmtp().received()).noneMatch((message) -> message.content().contains(entryId.toString()));
		JsonNode line = api().get("/api/disclosures?entryId=" + entryId, cro()).json().get(0);
		assertThat(line.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(line.get("lastError").asString()).contains("410");
		assertThat(line.get("sentAt").isNull()).isTrue();
	}

	@Test
	@DisplayName("P1: an entry register-service does not know (404) FAILS the update at once, visible in the report; nothing is sent")
	void unknownEntryFailsUpdate() throws Exception {
		UUID entryId = UUID.randomUUID();
		registerService().answer(entryId, 404);
		awaitProcessed(publish(EntryOpened.class, entryId));

		await().atMost(PATIENCE).until(() -> "FAILED".equals(updates(entryId).get(0).get("status")));

		assertThat(registerService().callsAbout(entryId)).hasSize(1);
		assertThat(partnerSmtp().received()).noneMatch((message) -> message.content().contains(entryId.toString()));
		JsonNode line = api().get("/api/disclosures?entryId=" + entryId, cro()).json().get(0);
		assertThat(line.get("status").asString()).isEqualTo("FAILED");
		assertThat(line.get("lastError").asString()).contains("404");
	}

	@Test
	@DisplayName("P1: while register-service answers 503 the update waits and is retried with backoff; once it answers, the update is sent")
	void unavailableRegisterRetried() {
		UUID entryId = UUID.randomUUID();
		registerService().answer(entryId, 503);
		awaitProcessed(publish(EntryOpened.class, entryId));

		await().atMost(PATIENCE).until(() -> registerService().callsAbout(entryId).size() >= 2);
		Map<String, Object> waiting = this.jdbc
			.queryForMap("select status, attempts, last_error from outbound_update where entry_id = ?", entryId);
		// between attempts, or claimed by the next one
		assertThat(waiting.get("status")).isIn("PENDING", "SENDING");
		assertThat((Integer) waiting.get("attempts")).isGreaterThanOrEqualTo(1);
		assertThat((String) waiting.get("last_error")).contains("register-service");
		assertThat(partnerSmtp().received()).noneMatch((message) -> message.content().contains(entryId.toString()));

		registerService().recover(entryId);

		await().atMost(PATIENCE).until(() -> "SENT".equals(updates(entryId).get(0).get("status")));
		assertThat(partnerSmtp().received()).filteredOn((message) -> message.content().contains(entryId.toString()))
			.hasSize(1);
	}

	@Test
	@DisplayName("P1: an event type the agreement does not cover (AppealLodged) discloses nothing")
	void uncoveredEventRecordsNothing() {
		UUID entryId = UUID.randomUUID();
		UUID eventId = publish(AppealLodged.class, entryId);

		awaitProcessed(eventId);

		assertThat(updates(entryId)).isEmpty();
	}

	@Test
	@DisplayName("R7, P1: an entry awaiting approval is not disclosed until it is approved")
	void awaitingApprovalDisclosedOnApproval() {
		UUID entryId = UUID.randomUUID();
		EntryOpened opened = fixture(EntryOpened.class, entryId, Map.of("approvalRequired", true));
		this.kafka.sendEvent(opened);
		awaitProcessed(opened.eventId());
		assertThat(updates(entryId)).isEmpty();

		UUID approvalId = publish(EntryApproved.class, entryId);
		awaitProcessed(approvalId);

		assertThat(updates(entryId)).singleElement().satisfies((update) -> {
			assertThat(update).containsEntry("register_change", "ENTRY_OPENED")
				.containsEntry("source_event_id", approvalId);
			assertThat(fields(update)).containsExactlyElementsOf(ALLOW_LIST);
		});
	}

	@Test
	@DisplayName("R12, P3: when an entry is purged, CBH is told and a deletion request naming only the entry is recorded")
	void purgeRecordsDeletionRequest() throws Exception {
		UUID entryId = UUID.randomUUID();
		awaitProcessed(publish(EntryOpened.class, entryId));
		UUID purgeId = publish(EntryPurged.class, entryId);

		awaitProcessed(purgeId);

		List<Map<String, Object>> updates = updates(entryId);
		assertThat(updates).extracting((update) -> update.get("kind"))
			.containsExactly("UPDATE", "UPDATE", "DELETION_REQUEST");
		Map<String, Object> deletion = updates.get(2);
		assertThat(deletion).containsEntry("register_change", "ENTRY_PURGED")
			.containsEntry("source_event_id", purgeId)
			.containsEntry("agreement_reference", "CBH-DSA-2024-01");
		assertThat(deletion.get("status")).isIn("PENDING", "SENDING", "SENT");
		assertThat(fields(deletion)).containsExactly("entryId");

		JsonNode report = api().get("/api/disclosures?entryId=" + entryId, cro()).json();
		assertThat(report).hasSize(3);
		assertThat(report.get(2).get("kind").asString()).isEqualTo("DELETION_REQUEST");
	}

	@Test
	@DisplayName("P3: a poison message goes to the dead-letter topic and the next event is still recorded")
	void poisonMessageDeadLettered() {
		String poisonKey = UUID.randomUUID().toString();
		byte[] garbage = "{not json at all".getBytes(StandardCharsets.UTF_8);
		this.kafka.send(Topics.REGISTER_EVENTS, poisonKey, garbage, Map.of(Topics.TYPE_HEADER, "EntryOpened"));
		UUID entryId = UUID.randomUUID();
		UUID goodEventId = publish(EntryOpened.class, entryId);

		awaitProcessed(goodEventId);
		assertThat(updates(entryId)).hasSize(1);

		ConsumerRecord<String, byte[]> deadLetter = this.kafka.awaitRecord(DEAD_LETTERS,
				(record) -> poisonKey.equals(record.key()), PATIENCE);
		assertThat(deadLetter.value()).isEqualTo(garbage);
	}

	@Test
	@DisplayName("D2: the disclosure report needs a token")
	void reportNeedsToken() throws Exception {
		assertThat(api().get("/api/disclosures?entryId=" + UUID.randomUUID(), null).status()).isEqualTo(401);
	}

	@Test
	@DisplayName("D2: the disclosure report is for the CRO only")
	void reportForCroOnly() throws Exception {
		String representative = Tokens.shared().forUser("rep", "REPRESENTATIVE");
		String partner = Tokens.shared().forUser("cbh", "CBH_PARTNER");

		assertThat(api().get("/api/disclosures?entryId=" + UUID.randomUUID(), representative).status()).isEqualTo(403);
		assertThat(api().get("/api/disclosures?entryId=" + UUID.randomUUID(), partner).status()).isEqualTo(403);
	}

	@Test
	@DisplayName("P3: a malformed or missing entry id is a 400 problem naming entryId")
	void badEntryIdNamed() throws Exception {
		Response malformed = api().get("/api/disclosures?entryId=not-a-uuid", cro());
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		JsonNode problem = malformed.json();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("entryId");

		Response missing = api().get("/api/disclosures", cro());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("entryId");
	}

	@Test
	@DisplayName("P2, P3: a signed update from CBH is logged with the agreement and field names, announced as PartnerUpdateReceived (the CRO's task), and changes nothing in the register")
	void partnerUpdateReceived() throws Exception {
		String key = "cbh-" + UUID.randomUUID();

		Response response = signedUpdate(partner(), partnerUpdate("CONTACT_CHANGE"), key, Instant.now());

		assertThat(response.status()).isEqualTo(202);
		JsonNode receipt = response.json();
		String receiptId = receipt.get("receiptId").asString();
		assertThat(receipt.get("agreementReference").asString()).isEqualTo("CBH-DSA-2024-01");
		Map<String, Object> row = this.jdbc.queryForMap(
				"select agreement_reference, change_kind, received_by from partner_update_receipt where idempotency_key = ?",
				key);
		assertThat(row).containsEntry("agreement_reference", "CBH-DSA-2024-01")
			.containsEntry("change_kind", "CONTACT_CHANGE")
			.containsEntry("received_by", "cbh");
		assertThat(this.jdbc.queryForList(
				"select field_name from partner_update_receipt_field where receipt_id = ?::uuid order by field_order",
				String.class, receiptId))
			.containsExactly("changeKind", "partnerReference", "summary");
		ConsumerRecord<String, byte[]> announced = this.kafka.awaitRecord(Topics.PARTNER_EVENTS,
				(record) -> receiptId.equals(record.key()), PATIENCE);
		assertThat(new String(announced.headers().lastHeader(Topics.TYPE_HEADER).value(), StandardCharsets.UTF_8))
			.isEqualTo("PartnerUpdateReceived");
		assertThat(new String(announced.value(), StandardCharsets.UTF_8)).contains("CONTACT_CHANGE", "CBH-DSA-2024-01")
			.doesNotContain("Mobile number");
	}

	@Test
	@DisplayName("D3, P3: every disclosure to CBH and every receipt from CBH leaves a line in the hash-chained trail with the agreement's reference")
	void disclosuresAndReceiptsInTheAuditTrail() throws Exception {
		UUID entryId = UUID.randomUUID();
		awaitProcessed(publish(EntryOpened.class, entryId));
		await().atMost(PATIENCE).until(() -> "SENT".equals(updates(entryId).get(0).get("status")));
		UUID updateId = (UUID) updates(entryId).get(0).get("id");

		assertThat(this.auditTrail.about("entry", entryId.toString())).singleElement().satisfies((line) -> {
			assertThat(line.actor()).isEqualTo("partner-sync-service");
			assertThat(line.action()).isEqualTo("DISCLOSE");
			assertThat(line.detail()).contains("agreement=CBH-DSA-2024-01", "update=" + updateId,
					"fields=" + String.join(",", ALLOW_LIST));
		});

		Response received = signedUpdate(partner(), partnerUpdate("CONTACT_CHANGE"), "cbh-" + UUID.randomUUID(),
				Instant.now());
		assertThat(received.status()).isEqualTo(202);
		String receiptId = received.json().get("receiptId").asString();
		assertThat(this.auditTrail.about("partner-update-receipt", receiptId)).singleElement().satisfies((line) -> {
			assertThat(line.actor()).isEqualTo("cbh");
			assertThat(line.actorRole()).isEqualTo("CBH_PARTNER");
			assertThat(line.action()).isEqualTo("RECEIVE");
			assertThat(line.detail()).contains("agreement=CBH-DSA-2024-01", "change=CONTACT_CHANGE")
				.doesNotContain("Mobile number");
		});
		assertThat(this.auditTrail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("P2: the same update again under the same Idempotency-Key gets the first answer and records nothing new")
	void replayAnsweredWithFirstResult() throws Exception {
		String key = "cbh-" + UUID.randomUUID();

		Response first = signedUpdate(partner(), partnerUpdate("NEW_ENTRY"), key, Instant.now());
		Response replay = signedUpdate(partner(), partnerUpdate("NEW_ENTRY"), key, Instant.now());

		assertThat(first.status()).isEqualTo(202);
		assertThat(replay.status()).isEqualTo(202);
		assertThat(replay.json()).isEqualTo(first.json());
		String receiptId = first.json().get("receiptId").asString();
		assertThat(receipts(key)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where message_key = ?", Integer.class,
				receiptId))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("P2: the Idempotency-Key of an earlier update with a different body is refused (422, rule P2); the first receipt stands alone")
	void sameKeyDifferentBodyRefused() throws Exception {
		String key = "cbh-" + UUID.randomUUID();
		Response first = signedUpdate(partner(), partnerUpdate("NEW_ENTRY"), key, Instant.now());

		Response different = signedUpdate(partner(),
				Map.of("changeKind", "REMOVAL", "partnerReference", "CBH-7781", "summary", "Tenancy ended"), key,
				Instant.now());

		assertThat(first.status()).isEqualTo(202);
		assertThat(different.status()).isEqualTo(422);
		assertThat(different.isProblem()).isTrue();
		assertThat(different.json().get("rule").asString()).isEqualTo("P2");
		assertThat(different.body()).contains("Idempotency-Key").doesNotContain("Tenancy ended");
		assertThat(this.jdbc.queryForObject("select change_kind from partner_update_receipt where idempotency_key = ?",
				String.class, key))
			.isEqualTo("NEW_ENTRY");
		assertThat(receipts(key)).isEqualTo(1);
	}

	@Test
	@DisplayName("P2: a correctly signed call from long ago (a replay) is refused with 401 and nothing is recorded")
	void oldSignedCallRefused() throws Exception {
		String key = "cbh-" + UUID.randomUUID();

		Response old = signedUpdate(partner(), partnerUpdate("CHANGE"), key, Instant.now().minusSeconds(11 * 60));

		assertThat(old.status()).isEqualTo(401);
		assertThat(old.isProblem()).isTrue();
		assertThat(old.json().get("detail").asString()).contains("PSR-Timestamp");
		assertThat(receipts(key)).isZero();
	}

	@Test
	@DisplayName("P2: an unsigned call, or one signed with another secret or over another body, is refused with 401 even with a partner token")
	void unsignedOrForgedRefused() throws Exception {
		String key = "cbh-" + UUID.randomUUID();
		String body = JSON.writeValueAsString(partnerUpdate("CHANGE"));
		long now = Instant.now().getEpochSecond();

		Response unsigned = api().post("/api/partner/updates", partner(), body, Map.of("Idempotency-Key", key));
		Response forged = api().post("/api/partner/updates", partner(), body,
				Map.of("Idempotency-Key", key, "PSR-Timestamp", Long.toString(now), "PSR-Signature",
						new PartnerSignature("guessed-secret").sign(now, key, body.getBytes(StandardCharsets.UTF_8))));
		Response otherBody = api().post("/api/partner/updates", partner(), body.replace("CHANGE", "REMOVAL"),
				Map.of("Idempotency-Key", key, "PSR-Timestamp", Long.toString(now), "PSR-Signature",
						INBOUND.sign(now, key, body.getBytes(StandardCharsets.UTF_8))));

		assertThat(List.of(unsigned, forged, otherBody)).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.isProblem()).isTrue();
			assertThat(response.body()).contains("PSR-");
		});
		assertThat(receipts(key)).isZero();
	}

	@Test
	@DisplayName("P2, D2: the partner API needs a token (401) and the CBH_PARTNER role (403), signed or not")
	void partnerApiAuthenticated() throws Exception {
		String key = "cbh-" + UUID.randomUUID();

		assertThat(signedUpdate(null, partnerUpdate("CHANGE"), key, Instant.now()).status()).isEqualTo(401);
		assertThat(signedUpdate(cro(), partnerUpdate("CHANGE"), key, Instant.now()).status()).isEqualTo(403);
		assertThat(receipts(key)).isZero();
	}

	@Test
	@DisplayName("P2: a signed but malformed update is a 400 problem naming the field, and nothing is recorded")
	void malformedPartnerUpdateRefused() throws Exception {
		String key = "cbh-" + UUID.randomUUID();

		Response badKind = signedUpdate(partner(),
				Map.of("changeKind", "DELETE_EVERYTHING", "partnerReference", "CBH-1", "summary", "x"), key,
				Instant.now());
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.contentType()).startsWith("application/problem+json");
		assertThat(badKind.json().get("errors").get(0).get("field").asString()).isEqualTo("changeKind");

		Response noSummary = signedUpdate(partner(), Map.of("changeKind", "CHANGE", "partnerReference", "CBH-1"), key,
				Instant.now());
		assertThat(noSummary.status()).isEqualTo(400);
		assertThat(noSummary.json().get("errors").get(0).get("field").asString()).isEqualTo("summary");

		Response notJson = signedUpdate(partner(), "{changeKind: oops", key, Instant.now());
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.isProblem()).isTrue();

		Response noKey = api().post("/api/partner/updates", partner(), partnerUpdate("CHANGE"));
		assertThat(noKey.status()).isEqualTo(400);
		assertThat(noKey.body()).contains("Idempotency-Key");

		assertThat(receipts(key)).isZero();
	}

	/**
	 * A call as CBH makes it: JSON signed with the inbound secret at {@code signedAt}.
	 */
	private Response signedUpdate(String token, Object update, String key, Instant signedAt) {
		String body = (update instanceof String text) ? text : JSON.writeValueAsString(update);
		long timestamp = signedAt.getEpochSecond();
		return api().post("/api/partner/updates", token, body,
				Map.of("Idempotency-Key", key, "PSR-Timestamp", Long.toString(timestamp), "PSR-Signature",
						INBOUND.sign(timestamp, key, body.getBytes(StandardCharsets.UTF_8))));
	}

	private int receipts(String key) {
		return this.jdbc.queryForObject("select count(*) from partner_update_receipt where idempotency_key = ?",
				Integer.class, key);
	}

	private static Map<String, String> partnerUpdate(String changeKind) {
		return Map.of("changeKind", changeKind, "partnerReference", "CBH-7781", "summary",
				"Mobile number updated by tenant");
	}

	private static String partner() {
		return Tokens.shared().forUser("cbh", "CBH_PARTNER");
	}

	private UUID publish(Class<? extends PsrEvent> type, UUID entryId) {
		PsrEvent event = fixture(type, entryId, Map.of());
		this.kafka.sendEvent(event);
		return event.eventId();
	}

	/** The contract's own fixture with fresh ids, so tests do not see each other. */
	private static <T extends PsrEvent> T fixture(Class<T> type, UUID entryId, Map<String, Object> overrides) {
		Map<String, Object> fields = new HashMap<>(overrides);
		fields.put("entryId", entryId);
		return KafkaTestClient.fromFixture(EventFixtures.json(type), type, fields);
	}

	private void awaitProcessed(UUID eventId) {
		await().atMost(PATIENCE).until(() -> this.processedEvents.isProcessed(CONSUMER, eventId));
	}

	private List<Map<String, Object>> updates(UUID entryId) {
		return this.jdbc.queryForList("""
				select id, kind, register_change, source_event_id, agreement_reference, recipient, status
				from outbound_update where entry_id = ?
				order by created_at, case kind when 'UPDATE' then 0 else 1 end""", entryId);
	}

	private List<String> fields(Map<String, Object> update) {
		return this.jdbc.queryForList(
				"select field_name from outbound_update_field where update_id = ? order by field_order", String.class,
				update.get("id"));
	}

	private ApiClient api() {
		return ApiClient.local(this.port);
	}

	private static String cro() {
		return Tokens.shared().forUser("cro", "CRO");
	}

	@Test
	@DisplayName("D2: every endpoint is in the authorization matrix and allows exactly the roles it lists")
	void authorizationMatrixEnforced() {
		assertThat(AuthorizationMatrixCheck.verify(this.port)).isPositive();
	}

	@Test
	@DisplayName("D4, D3: register-service receives the entry's disclosures and linked receipts; the disclosure is audited; another service is refused")
	void disclosuresForSubjectAccess() {
		UUID entryId = UUID.randomUUID();
		UUID updateId = UUID.randomUUID();
		UUID receiptId = UUID.randomUUID();
		this.jdbc.update("""
				insert into outbound_update (id, version, kind, register_change, entry_id, source_event_id,
				    agreement_reference, recipient, created_at, status, sent_at)
				values (?, 0, 'UPDATE', 'ENTRY_OPENED', ?, ?, 'DSA-SAR', 'cbh@example.org', now(), 'SENT', now())""",
				updateId, entryId, UUID.randomUUID());
		this.jdbc.update(
				"insert into outbound_update_field (update_id, field_order, field_name) values (?, 0, 'restrictions')",
				updateId);
		this.jdbc.update("""
				insert into partner_update_receipt (id, idempotency_key, agreement_reference, change_kind,
				    partner_reference, summary, received_at)
				values (?, ?, 'DSA-SAR', 'CHANGE', 'CBH-SAR', 'CBH changed the address', now())""", receiptId,
				receiptId.toString());
		ApiClient api = ApiClient.local(this.port);
		String path = "/internal/disclosures/subject-access?entryId=" + entryId + "&receiptIds=" + receiptId;

		Response answer = api.get(path, Tokens.shared().forService("register-service"));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode disclosure = answer.json().get("records").get("disclosure").get(updateId.toString());
		assertThat(disclosure.get("agreementReference").asString()).isEqualTo("DSA-SAR");
		assertThat(disclosure.get("fields").get(0).asString()).isEqualTo("restrictions");
		assertThat(answer.json().get("records").get("receipt").get(receiptId.toString()).get("summary").asString())
			.isEqualTo("CBH changed the address");
		assertThat(this.jdbc.queryForList(
				"select actor, action, purpose from audit_trail where subject_type = 'entry' and subject_id = ?",
				entryId.toString()))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("actor")).isEqualTo("register-service");
				assertThat(row.get("action")).isEqualTo("DISCLOSE");
				assertThat(row.get("purpose")).isEqualTo("subject access");
			});

		assertThat(api.get(path, Tokens.shared().forService("letters-service")).status()).isEqualTo(403);
		assertThat(api.get(path, Tokens.shared().forUser("cro-sar", "CRO")).status()).isEqualTo(403);
	}

}
