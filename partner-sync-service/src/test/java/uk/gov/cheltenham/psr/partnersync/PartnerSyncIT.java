package uk.gov.cheltenham.psr.partnersync;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.AppealLodged;
import uk.gov.cheltenham.psr.events.EntryApproved;
import uk.gov.cheltenham.psr.events.EntryExtended;
import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.platform.inbox.ProcessedEvents;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
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

	final KafkaTestClient kafka = KafkaTestClient.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessedEvents processedEvents;

	@Test
	@DisplayName("P1, P3: an opened entry becomes one pending update with exactly the allow-listed field names, shown to the CRO")
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
				.containsEntry("recipient", "psr-updates@cbh.example")
				.containsEntry("status", "PENDING");
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
		assertThat(line.get("recipient").asString()).isEqualTo("psr-updates@cbh.example");
		assertThat(line.get("agreementReference").asString()).isEqualTo("CBH-DSA-2024-01");
		assertThat(line.get("status").asString()).isEqualTo("PENDING");
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
			.containsEntry("agreement_reference", "CBH-DSA-2024-01")
			.containsEntry("status", "PENDING");
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

}
