package uk.gov.cheltenham.psr.register;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.EntryExtended;
import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EntryRemoved;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.LetterRequested;
import uk.gov.cheltenham.psr.events.MarkerSet;
import uk.gov.cheltenham.psr.events.MarkerWithdrawn;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;
import uk.gov.cheltenham.psr.register.entry.EntryBasis;
import uk.gov.cheltenham.psr.register.entry.PurgedEntryCounts;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.cheltenham.psr.register.RegisterScenario.PATIENCE;
import static uk.gov.cheltenham.psr.register.RegisterScenario.assertSameFields;
import static uk.gov.cheltenham.psr.register.RegisterScenario.awaitRegisterEvents;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cro;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cssm;
import static uk.gov.cheltenham.psr.register.RegisterScenario.governance;
import static uk.gov.cheltenham.psr.register.RegisterScenario.reviewed;

/**
 * The register consuming incident-service's contract fixture on the real broker, opening
 * entries, publishing markers and register events through the outbox.
 */
@PsrIntegrationTest
@Import(RegisterTestConfiguration.class)
class RegisterServiceIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	@Autowired
	MovableClock clock;

	@Autowired
	IncidentServiceStub incidentService;

	@Autowired
	PollingWorker registerHousekeeping;

	@Autowired
	Register register;

	@Autowired
	PurgedEntryCounts counts;

	@Autowired
	JdbcTemplate jdbc;

	private RegisterScenario scenario;

	@BeforeEach
	void scenario() {
		this.scenario = new RegisterScenario(this.port, this.incidentService);
	}

	@AfterEach
	void backToToday() {
		this.clock.reset();
	}

	@Test
	@DisplayName("R2, R3, M1, M2: a reviewed assault opens one 4-year entry, a marker with no personal data on the compacted topic, and EntryOpened, MarkerSet and LetterRequested as in their fixtures")
	void reviewedIncidentOpensEntry() {
		UUID incidentId = UUID.randomUUID();
		String reference = "HSG-" + UUID.randomUUID();
		IncidentReviewed reviewed = reviewed(incidentId, "REGISTER_ENTRY", reference);
		this.kafka.sendEvent(reviewed);
		this.kafka.sendEvent(reviewed);

		JsonNode entry = this.scenario.awaitEntryFor(incidentId);
		assertThat(entry.get("restrictionPeriod").asString()).isEqualTo("P4Y");
		assertThat(entry.get("basis").asString()).isEqualTo("REGISTER_ENTRY");
		String entryId = entry.get("id").asString();

		List<ConsumerRecord<String, byte[]>> events = awaitRegisterEvents(entryId, 3);
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
		assertThat(this.scenario.entriesFor(incidentId)).hasSize(1);
	}

	@Test
	@DisplayName("I10: a review with no further action opens no entry")
	void noFurtherActionOpensNothing() {
		UUID incidentId = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, "NO_FURTHER_ACTION", "HSG-NFA"));
		UUID sentinel = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(sentinel, "WARNING_LETTER", "HSG-S"));
		JsonNode warning = this.scenario.awaitEntryFor(sentinel);
		assertThat(warning.get("restrictionPeriod").asString()).isEqualTo("P6M");
		assertThat(this.scenario.entriesFor(incidentId)).isEmpty();
	}

	@Test
	@DisplayName("a poison message goes to the dead-letter topic and the next review still opens its entry")
	void poisonMessage() {
		String key = "poison-" + UUID.randomUUID();
		this.kafka.send(Topics.INCIDENT_EVENTS, key, new byte[] { 1, 2, 3 },
				Map.of(Topics.TYPE_HEADER, "IncidentReviewed"));
		UUID incidentId = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, "REGISTER_ENTRY", "HSG-P"));
		this.scenario.awaitEntryFor(incidentId);
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
		this.kafka.sendEvent(reviewed(incidentId, "REGISTER_ENTRY", "HSG-A"));
		String entryId = this.scenario.awaitEntryFor(incidentId).get("id").asString();
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

	@Test
	@DisplayName("R10, R12, M2, R8: a CRO's removal decision takes effect on Governance approval: marker tombstone, MarkerWithdrawn, EntryRemoved and a removal letter as in their fixtures; illegal moves are refused naming the rule")
	void removalAfterGovernanceApproval() {
		UUID incidentId = UUID.randomUUID();
		String reference = "HSG-" + UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, "REGISTER_ENTRY", reference));
		String entryId = this.scenario.awaitEntryFor(incidentId).get("id").asString();
		ApiClient api = ApiClient.local(this.port);
		String entry = "/api/entries/" + entryId;

		Response early = api.post(entry + "/removal/approve", governance());
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.json().get("rule").asString()).isEqualTo("R10");
		assertThat(api.post(entry + "/removal", governance()).status()).isEqualTo(403);
		assertThat(api.post(entry + "/removal", null).status()).isEqualTo(401);

		Response decided = api.post(entry + "/removal", cro());
		assertThat(decided.status()).isEqualTo(200);
		assertThat(decided.json().get("status").asString()).isEqualTo("ACTIVE");
		Response twice = api.post(entry + "/removal", cro());
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.json().get("rule").asString()).isEqualTo("R12");
		assertThat(api.post(entry + "/removal/approve", cro()).status()).isEqualTo(403);

		Response approved = api.post(entry + "/removal/approve", governance());
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("REMOVED");
		assertThat(approved.json().get("purgeDue").asString()).isEqualTo(today().plus(Period.ofMonths(6)).toString());
		Response again = api.post(entry + "/removal/approve", governance());
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().get("rule").asString()).isEqualTo("R12");
		assertThat(api.post(entry + "/removal", cro()).json().get("rule").asString()).isEqualTo("R12");
		assertThat(this.scenario.entriesFor(incidentId)).isEmpty();

		List<ConsumerRecord<String, byte[]>> events = awaitRegisterEvents(entryId, 6);
		assertThat(events).extracting((record) -> KafkaTestClient.header(record, Topics.TYPE_HEADER))
			.containsExactly("EntryOpened", "MarkerSet", "LetterRequested", "MarkerWithdrawn", "EntryRemoved",
					"LetterRequested");
		assertSameFields(events.get(3), EventFixtures.json(MarkerWithdrawn.class));
		assertThat(JSON.readTree(events.get(3).value()).get("reference").asString()).isEqualTo(reference);
		assertSameFields(events.get(4), EventFixtures.json(EntryRemoved.class));
		assertSameFields(events.get(5), EventFixtures.json(LetterRequested.class));
		assertThat(JSON.readTree(events.get(5).value()).get("letterType").asString()).isEqualTo("REMOVAL");

		assertMarkerTombstoned("housing:" + reference);
	}

	@Test
	@DisplayName("R12, D5: the scheduled job purges a removed entry 6 months on (not a day before): entry, incident links, team references and read audit gone, the anonymous count kept, EntryPurged as in its fixture")
	void purgeSixMonthsAfterRemoval() {
		UUID incidentId = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, "REGISTER_ENTRY", "HSG-" + UUID.randomUUID()));
		String entryId = this.scenario.awaitEntryFor(incidentId).get("id").asString();
		ApiClient api = ApiClient.local(this.port);
		String entry = "/api/entries/" + entryId;
		assertThat(api.get(entry, Tokens.shared().forUser("cssm-1", "CSSM")).status()).isEqualTo(200);
		assertThat(api.post(entry + "/removal", cro()).status()).isEqualTo(200);
		assertThat(api.post(entry + "/removal/approve", governance()).status()).isEqualTo(200);
		LocalDate removedInMonth = today().withDayOfMonth(1);
		int countBefore = this.counts.purged(EntryBasis.REGISTER_ENTRY, removedInMonth);

		this.clock.moveTo(today().plusMonths(6).minusDays(1));
		this.register.housekeeping();
		assertThat(api.get(entry, cro()).status()).isEqualTo(200);
		assertThat(rowsOf("entry_read_audit", entryId)).isPositive();

		this.clock.moveTo(today().plusMonths(6).plusDays(1));
		this.registerHousekeeping.wakeUp();
		await().atMost(PATIENCE).until(() -> rowsOf("entry", "id", entryId) == 0);
		assertThat(rowsOf("entry_incident", entryId)).isZero();
		assertThat(rowsOf("entry_incident_type", entryId)).isZero();
		assertThat(rowsOf("entry_team_reference", entryId)).isZero();
		assertThat(rowsOf("entry_read_audit", entryId)).isZero();
		assertThat(api.get(entry, cro()).status()).isEqualTo(404);
		assertThat(this.counts.purged(EntryBasis.REGISTER_ENTRY, removedInMonth)).isEqualTo(countBefore + 1);

		ConsumerRecord<String, byte[]> purged = this.kafka.awaitRecord(Topics.REGISTER_EVENTS,
				(record) -> entryId.equals(record.key())
						&& "EntryPurged".equals(KafkaTestClient.header(record, Topics.TYPE_HEADER)),
				PATIENCE);
		assertSameFields(purged, EventFixtures.json(EntryPurged.class));
	}

	@Test
	@DisplayName("R3: the CSSM or Executive Director sets another period only with a reason (400 naming the field otherwise); a longer one publishes EntryExtended as in its fixture")
	void anotherRestrictionPeriod() {
		UUID incidentId = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, "REGISTER_ENTRY", "HSG-" + UUID.randomUUID()));
		String entryId = this.scenario.awaitEntryFor(incidentId).get("id").asString();
		ApiClient api = ApiClient.local(this.port);
		String path = "/api/entries/" + entryId + "/restriction-period";

		assertThat(api.post(path, null, Map.of("period", "P18M", "reason", "r")).status()).isEqualTo(401);
		assertThat(api.post(path, cro(), Map.of("period", "P18M", "reason", "r")).status()).isEqualTo(403);
		Response noReason = api.post(path, cssm(), Map.of("period", "P18M"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("reason");
		Response blankReason = api.post(path, cssm(), Map.of("period", "P18M", "reason", " "));
		assertThat(blankReason.status()).isEqualTo(400);
		Response badPeriod = api.post(path, cssm(), Map.of("period", "eighteen months", "reason", "r"));
		assertThat(badPeriod.status()).isEqualTo(400);
		assertThat(badPeriod.body()).contains("period");
		assertThat(api.get("/api/entries/" + entryId, cro()).json().get("restrictionPeriod").asString())
			.isEqualTo("P4Y");

		Response shorter = api.post(path, cssm(), Map.of("period", "P18M", "reason", "no incidents since"));
		assertThat(shorter.status()).isEqualTo(200);
		assertThat(shorter.json().get("restrictionPeriod").asString()).isEqualTo("P18M");
		assertThat(shorter.json().get("expiresOn").asString()).isEqualTo(today().plusMonths(18).toString());
		assertThat(shorter.json().get("periodReason").asString()).isEqualTo("no incidents since");

		Response longer = api.post(path, Tokens.shared().forUser("ed-1", "EXECUTIVE_DIRECTOR"),
				Map.of("period", "P5Y", "reason", "further threats reported by staff"));
		assertThat(longer.status()).isEqualTo(200);
		assertThat(longer.json().get("expiresOn").asString()).isEqualTo(today().plusYears(5).toString());
		ConsumerRecord<String, byte[]> extended = this.kafka.awaitRecord(Topics.REGISTER_EVENTS,
				(record) -> entryId.equals(record.key())
						&& "EntryExtended".equals(KafkaTestClient.header(record, Topics.TYPE_HEADER)),
				PATIENCE);
		assertSameFields(extended, EventFixtures.json(EntryExtended.class));
	}

	@Test
	@DisplayName("R3, M2: the scheduled job flags an entry EXPIRED on its expiry date without a re-decision (not a day before), it is no longer listed as active and its marker is withdrawn")
	void expiryWithoutReDecision() {
		UUID incidentId = UUID.randomUUID();
		String reference = "HSG-" + UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, "WARNING_LETTER", reference));
		JsonNode opened = this.scenario.awaitEntryFor(incidentId);
		String entryId = opened.get("id").asString();
		LocalDate expiresOn = LocalDate.parse(opened.get("expiresOn").asString());
		ApiClient api = ApiClient.local(this.port);

		this.clock.moveTo(expiresOn.minusDays(1));
		this.register.housekeeping();
		assertThat(this.scenario.entriesFor(incidentId)).hasSize(1);

		this.clock.moveTo(expiresOn);
		this.registerHousekeeping.wakeUp();
		await().atMost(PATIENCE).until(() -> this.scenario.entriesFor(incidentId).isEmpty());
		assertThat(api.get("/api/entries/" + entryId, cro()).json().get("status").asString()).isEqualTo("EXPIRED");
		Response late = api.post("/api/entries/" + entryId + "/restriction-period", cssm(),
				Map.of("period", "P2Y", "reason", "too late"));
		assertThat(late.status()).isEqualTo(422);
		assertThat(late.json().get("rule").asString()).isEqualTo("R3");

		this.kafka.awaitRecord(Topics.REGISTER_EVENTS, (record) -> entryId.equals(record.key())
				&& "MarkerWithdrawn".equals(KafkaTestClient.header(record, Topics.TYPE_HEADER)), PATIENCE);
		assertMarkerTombstoned("housing:" + reference);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private int rowsOf(String table, String entryId) {
		return rowsOf(table, "entry_id", entryId);
	}

	private int rowsOf(String table, String column, String entryId) {
		Integer rows = this.jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?",
				Integer.class, UUID.fromString(entryId));
		return (rows != null) ? rows : 0;
	}

	/** The marker's last record on the compacted topic is a tombstone (M2). */
	private void assertMarkerTombstoned(String key) {
		await().atMost(PATIENCE).untilAsserted(() -> {
			List<ConsumerRecord<String, byte[]>> markers = this.kafka.readAll(Topics.MARKERS, Duration.ofSeconds(10))
				.stream()
				.filter((record) -> key.equals(record.key()))
				.toList();
			assertThat(markers).isNotEmpty();
			assertThat(markers.get(markers.size() - 1).value()).isNull();
		});
	}

	private static Set<String> fieldNames(JsonNode node) {
		return Set.copyOf(node.propertyNames());
	}

}
