package uk.gov.cheltenham.psr.register;

import java.time.Duration;
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

import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.LetterRequested;
import uk.gov.cheltenham.psr.events.MarkerSet;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The register consuming incident-service's contract fixture on the real broker, opening
 * entries, publishing markers and register events through the outbox.
 */
@PsrIntegrationTest
class RegisterServiceIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Value("${local.server.port}")
	int port;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private String cro() {
		return Tokens.shared().forUser("cro-1", "CRO");
	}

	@Test
	@DisplayName("R2, R3, M1, M2: a reviewed assault opens one 4-year entry, a marker with no personal data on the compacted topic, and EntryOpened, MarkerSet and LetterRequested as in their fixtures")
	void reviewedIncidentOpensEntry() {
		UUID incidentId = UUID.randomUUID();
		String reference = "HSG-" + UUID.randomUUID();
		IncidentReviewed reviewed = reviewed(incidentId, reference, "REGISTER_ENTRY");
		this.kafka.sendEvent(reviewed);
		this.kafka.sendEvent(reviewed);

		JsonNode entry = awaitEntryFor(incidentId);
		assertThat(entry.get("restrictionPeriod").asString()).isEqualTo("P4Y");
		assertThat(entry.get("basis").asString()).isEqualTo("REGISTER_ENTRY");
		String entryId = entry.get("id").asString();

		List<ConsumerRecord<String, byte[]>> events = await().atMost(PATIENCE)
			.until(() -> this.kafka.readAll(Topics.REGISTER_EVENTS, Duration.ofSeconds(10))
				.stream()
				.filter((record) -> entryId.equals(record.key()))
				.toList(), (found) -> found.size() >= 3);
		assertThat(events).extracting((record) -> KafkaTestClient.header(record, Topics.TYPE_HEADER))
			.containsExactly("EntryOpened", "MarkerSet", "LetterRequested");
		assertSameFields(events.get(0), EventFixtures.json(EntryOpened.class));
		assertSameFields(events.get(1), EventFixtures.json(MarkerSet.class));
		assertSameFields(events.get(2), EventFixtures.json(LetterRequested.class));

		List<ConsumerRecord<String, byte[]>> markers = this.kafka.readAll(Topics.MARKERS, PATIENCE)
			.stream()
			.filter((record) -> ("housing:" + reference).equals(record.key()))
			.toList();
		assertThat(markers).singleElement()
			.satisfies((marker) -> assertThat(fieldNames(JSON.readTree(marker.value())))
				.containsExactlyInAnyOrder("team", "reference"));

		// the duplicate delivery opened nothing more
		assertThat(entriesFor(incidentId)).hasSize(1);
	}

	@Test
	@DisplayName("I10: a review with no further action opens no entry")
	void noFurtherActionOpensNothing() {
		UUID incidentId = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, "HSG-NFA", "NO_FURTHER_ACTION"));
		UUID sentinel = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(sentinel, "HSG-S", "WARNING_LETTER"));
		JsonNode warning = awaitEntryFor(sentinel);
		assertThat(warning.get("restrictionPeriod").asString()).isEqualTo("P6M");
		assertThat(entriesFor(incidentId)).isEmpty();
	}

	@Test
	@DisplayName("a poison message goes to the dead-letter topic and the next review still opens its entry")
	void poisonMessage() {
		String key = "poison-" + UUID.randomUUID();
		this.kafka.send(Topics.INCIDENT_EVENTS, key, new byte[] { 1, 2, 3 },
				Map.of(Topics.TYPE_HEADER, "IncidentReviewed"));
		UUID incidentId = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, "HSG-P", "REGISTER_ENTRY"));
		awaitEntryFor(incidentId);
		await().atMost(PATIENCE)
			.until(() -> this.kafka
				.readAll("error." + Topics.INCIDENT_EVENTS + ".register-service", Duration.ofSeconds(5))
				.stream()
				.anyMatch((record) -> key.equals(record.key())));
	}

	@Test
	@DisplayName("R1, D3: every read of an entry is audited with who, role and purpose, and the CRO can list them")
	void readsAreAudited() {
		UUID incidentId = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, "HSG-A", "REGISTER_ENTRY"));
		String entryId = awaitEntryFor(incidentId).get("id").asString();
		ApiClient api = ApiClient.local(this.port);
		assertThat(api.get("/api/entries/" + entryId, Tokens.shared().forUser("cssm-1", "CSSM")).status())
			.isEqualTo(200);
		JsonNode reads = api.get("/api/entries/" + entryId + "/reads", cro()).json();
		assertThat(reads).anySatisfy((read) -> {
			assertThat(read.get("reader").asString()).isEqualTo("cssm-1");
			assertThat(read.get("role").asString()).isEqualTo("CSSM");
			assertThat(read.get("purpose").asString()).isEqualTo("register management");
		});
	}

	@Test
	@DisplayName("D2: no token is 401, other roles 403, a bad id 400 and an unknown one 404")
	void access() {
		ApiClient api = ApiClient.local(this.port);
		assertThat(api.get("/api/entries", null).status()).isEqualTo(401);
		assertThat(api.get("/api/entries", Tokens.shared().forUser("rep", "REPRESENTATIVE")).status()).isEqualTo(403);
		assertThat(api.get("/api/entries", Tokens.shared().forUser("team", "TEAM_SYSTEM")).status()).isEqualTo(403);
		Response bad = api.get("/api/entries/not-a-uuid", cro());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("id");
		assertThat(api.get("/api/entries/" + UUID.randomUUID(), cro()).status()).isEqualTo(404);
	}

	private IncidentReviewed reviewed(UUID incidentId, String reference, String outcome) {
		return KafkaTestClient.fromFixture(EventFixtures.json(IncidentReviewed.class), IncidentReviewed.class,
				Map.of("incidentId", incidentId, "outcome", outcome, "customerReferences",
						List.of(Map.of("team", "housing", "reference", reference))));
	}

	private JsonNode awaitEntryFor(UUID incidentId) {
		return await().atMost(PATIENCE).until(() -> entriesFor(incidentId), (found) -> found.size() == 1).get(0);
	}

	private List<JsonNode> entriesFor(UUID incidentId) {
		JsonNode entries = ApiClient.local(this.port).get("/api/entries", cro()).json();
		List<JsonNode> found = new java.util.ArrayList<>();
		entries.forEach((entry) -> entry.get("incidentIds").forEach((id) -> {
			if (id.asString().equals(incidentId.toString())) {
				found.add(entry);
			}
		}));
		return found;
	}

	private static void assertSameFields(ConsumerRecord<String, byte[]> record, String fixture) {
		assertThat(fieldNames(JSON.readTree(record.value()))).isEqualTo(fieldNames(JSON.readTree(fixture)));
	}

	private static Set<String> fieldNames(JsonNode node) {
		return Set.copyOf(node.propertyNames());
	}

}
