package uk.gov.cheltenham.psr.register;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.ContactDetailsUpdateReported;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.events.PartnerUpdateReceived;
import uk.gov.cheltenham.psr.events.TeamReference;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.internalapi.ContactDetailsUpdate;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.cheltenham.psr.register.RegisterScenario.PATIENCE;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cro;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cssm;
import static uk.gov.cheltenham.psr.register.RegisterScenario.reviewed;
import static uk.gov.cheltenham.psr.register.RegisterScenario.text;

/**
 * The customer record fetched from incident-service over real HTTP (R2), incidents and
 * updates that name an entry (I6, I7, I8), and the CRO's tasks (P2), on the real broker
 * and PostgreSQL.
 */
@PsrIntegrationTest
@Import(RegisterTestConfiguration.class)
class CustomerRecordAndLinksIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	IncidentServiceStub incidentService;

	@Autowired
	@Qualifier("customerFetchWorker")
	PollingWorker customerFetchWorker;

	@Autowired
	JdbcTemplate jdbc;

	private RegisterScenario scenario;

	private ApiClient api;

	@BeforeEach
	void scenario() {
		this.scenario = new RegisterScenario(this.port, this.incidentService);
		this.api = this.scenario.api();
	}

	@AfterEach
	void backToNormal() {
		this.incidentService.up();
		this.clock.reset();
	}

	@Test
	@DisplayName("R2: the customer record is fetched after the entry commits; with incident-service down the fetch waits and retries after its backoff, then stores the name, the incident's facts and new team references (with their marker), asked with register-service's own token")
	void fetchRetriedUntilIncidentServiceIsUp() {
		UUID incidentId = UUID.randomUUID();
		String councilTax = "CT-" + UUID.randomUUID();
		this.scenario.knownCustomer(incidentId, "Alex Retry", IncidentType.VERBAL_THREAT, "council-tax:" + councilTax);
		this.incidentService.down();

		String entryId = this.scenario.openEntry(incidentId, IncidentType.VERBAL_THREAT);
		JsonNode waiting = this.scenario.awaitCustomer(entryId, (customer) -> customer.get("fetches").size() == 1
				&& customer.get("fetches").get(0).get("attempts").asInt() == 1);
		JsonNode fetch = waiting.get("fetches").get(0);
		assertThat(fetch.get("status").asString()).isEqualTo("PENDING");
		assertThat(fetch.get("cause").asString()).isEqualTo("ENTRY_OPENED");
		assertThat(fetch.get("lastFailure").asString()).isEqualTo("ServiceUnavailable");
		assertThat(text(waiting, "customerName")).isNull();

		this.incidentService.up();
		this.customerFetchWorker.wakeUp();
		// not yet due: the backoff has not passed on the clock
		assertThat(this.incidentService.servedCount(incidentId)).isZero();
		this.clock.advance(Duration.ofSeconds(31));
		this.customerFetchWorker.wakeUp();
		JsonNode fetched = this.scenario.awaitCustomer(entryId,
				(customer) -> "Alex Retry".equals(text(customer, "customerName")));
		assertThat(fetched.get("fetches").get(0).get("status").asString()).isEqualTo("FETCHED");
		assertThat(fetched.get("fetches").get(0).get("attempts").asInt()).isEqualTo(2);
		assertThat(fetched.get("customerReferences").toString()).contains("council-tax:" + councilTax);
		assertThat(this.incidentService.servedCount(incidentId)).isEqualTo(1);

		this.scenario.kafka()
			.awaitRecord(Topics.MARKERS, (record) -> ("council-tax:" + councilTax).equals(record.key()), PATIENCE);
	}

	@Test
	@DisplayName("R2: an incident incident-service does not know ends the fetch at once as NOT_FOUND and the CRO gets one task")
	void unknownIncidentBecomesTask() {
		UUID incidentId = UUID.randomUUID();
		String entryId = this.scenario.openEntry(incidentId, IncidentType.VERBAL_ABUSE);
		this.scenario.awaitCustomer(entryId, (customer) -> customer.get("fetches").size() == 1
				&& "NOT_FOUND".equals(customer.get("fetches").get(0).get("status").asString()));
		JsonNode task = this.scenario.awaitTask((candidate) -> entryId.equals(text(candidate, "entryId")));
		assertThat(task.get("kind").asString()).isEqualTo("CUSTOMER_NOT_FOUND");
		assertThat(task.get("incidentId").asString()).isEqualTo(incidentId.toString());
		assertThat(task.get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	@DisplayName("R2, D3, R1: only the CRO corrects the customer record, bad input is 400 naming the field, each correction is audited by field name and each read by who and why")
	void croCorrectsTheRecord() {
		UUID incidentId = UUID.randomUUID();
		String entryId = this.scenario.openEntryWithCustomer(incidentId, "Alex Exmaple", IncidentType.VERBAL_ABUSE);
		String path = "/api/entries/" + entryId + "/customer";
		Map<String, Object> correction = Map.of("customerName", "Alex Example", "addressLines",
				List.of("1 Correction Road", "Cheltenham", "GL50 1AA"), "email", "alex@example.org", "reason",
				"name misspelt in the report");

		assertThat(this.api.post(path, cssm(), correction).status()).isEqualTo(403);
		assertThat(this.api.post(path, null, correction).status()).isEqualTo(401);
		Response noReason = this.api.post(path, cro(), Map.of("customerName", "Alex Example"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("reason");
		Response badEmail = this.api.post(path, cro(), Map.of("email", "not an email", "reason", "r"));
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.body()).contains("email");
		assertThat(this.api.post("/api/entries/" + UUID.randomUUID() + "/customer", cro(), correction).status())
			.isEqualTo(404);

		Response corrected = this.api.post(path, cro(), correction);
		assertThat(corrected.status()).isEqualTo(200);
		assertThat(text(corrected.json(), "customerName")).isEqualTo("Alex Example");
		assertThat(corrected.json().get("addressLines").toString()).contains("1 Correction Road");
		assertThat(text(corrected.json(), "correctedBy")).isEqualTo("cro-1");

		JsonNode changes = this.api.get("/api/entries/" + entryId + "/changes", cro()).json();
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(text(change, "changedBy")).isEqualTo("cro-1");
			assertThat(text(change, "what")).isEqualTo("customer record: customerName,address,email");
			assertThat(text(change, "reason")).isEqualTo("name misspelt in the report");
			assertThat(change.toString()).doesNotContain("Correction Road");
		});

		assertThat(this.api.get(path, cssm()).status()).isEqualTo(200);
		JsonNode reads = this.api.get("/api/entries/" + entryId + "/reads", cro()).json();
		assertThat(reads).anySatisfy((read) -> {
			assertThat(text(read, "reader")).isEqualTo("cssm-1");
			assertThat(text(read, "fields")).isEqualTo("customer record");
		});
	}

	@Test
	@DisplayName("I6: a reviewed repeat incident naming an entry joins it (no new entry, no longer period), its customer is fetched too, and a redelivery is handled once")
	void repeatIncidentJoinsItsEntry() {
		UUID first = UUID.randomUUID();
		String entryId = this.scenario.openEntryWithCustomer(first, "Sam Repeat", IncidentType.PHYSICAL_ASSAULT);
		String expiresOn = this.scenario.awaitEntryFor(first).get("expiresOn").asString();

		UUID repeat = UUID.randomUUID();
		this.scenario.knownCustomer(repeat, "Sam Repeat", IncidentType.VERBAL_ABUSE);
		IncidentReviewed linked = reviewed(repeat, "REGISTER_ENTRY", IncidentType.VERBAL_ABUSE,
				UUID.fromString(entryId), "HSG-R");
		this.scenario.kafka().sendEvent(linked);
		this.scenario.kafka().sendEvent(linked);

		JsonNode entry = this.scenario.awaitEntryFor(repeat);
		assertThat(entry.get("id").asString()).isEqualTo(entryId);
		assertThat(entry.get("incidentIds")).hasSize(2);
		assertThat(entry.get("expiresOn").asString()).isEqualTo(expiresOn);
		// the test clock stands still, so both fetches carry the same time: find it by
		// cause
		JsonNode customer = this.scenario.awaitCustomer(entryId,
				(candidate) -> candidate.get("fetches").size() == 2 && candidate.get("fetches")
					.valueStream()
					.anyMatch((fetch) -> "INCIDENT_LINKED".equals(fetch.get("cause").asString())
							&& "FETCHED".equals(fetch.get("status").asString())));
		assertThat(customer.get("fetches")).extracting((fetch) -> fetch.get("cause").asString())
			.containsExactlyInAnyOrder("ENTRY_OPENED", "INCIDENT_LINKED");
		assertThat(processed(linked.eventId())).isEqualTo(1);
	}

	@Test
	@DisplayName("I7, R3, R8: a breach of a longer period type extends the linked entry from today, publishing EntryExtended and an extension letter request")
	void breachExtendsTheEntry() {
		UUID first = UUID.randomUUID();
		String entryId = this.scenario.openEntry(first, IncidentType.VERBAL_ABUSE);
		UUID breach = UUID.randomUUID();
		this.scenario.kafka()
			.sendEvent(reviewed(breach, "REGISTER_ENTRY", IncidentType.PHYSICAL_ASSAULT, UUID.fromString(entryId),
					"HSG-B"));
		JsonNode entry = this.scenario.awaitEntryFor(breach);
		assertThat(entry.get("id").asString()).isEqualTo(entryId);
		assertThat(entry.get("expiresOn").asString()).isEqualTo(LocalDate.now(this.clock).plusYears(4).toString());

		this.scenario.kafka()
			.awaitRecord(Topics.REGISTER_EVENTS, (record) -> entryId.equals(record.key())
					&& "EntryExtended".equals(KafkaTestClient.header(record, Topics.TYPE_HEADER)), PATIENCE);
		ConsumerRecord<String, byte[]> letter = this.scenario.kafka()
			.awaitRecord(Topics.REGISTER_EVENTS,
					(record) -> entryId.equals(record.key())
							&& "LetterRequested".equals(KafkaTestClient.header(record, Topics.TYPE_HEADER))
							&& KafkaTestClient.text(record).contains("EXTENSION"),
					PATIENCE);
		assertThat(JSON.readTree(letter.value()).get("letterType").asString()).isEqualTo("EXTENSION");
	}

	@Test
	@DisplayName("I6, I7: an incident naming an entry the register lacks is not lost: it becomes one CRO task (also when sent again under another event id) and opens no entry")
	void unknownLinkedEntryBecomesTask() {
		UUID incidentId = UUID.randomUUID();
		UUID unknownEntry = UUID.randomUUID();
		IncidentReviewed first = reviewed(incidentId, "REGISTER_ENTRY", IncidentType.VERBAL_THREAT, unknownEntry,
				"HSG-U");
		IncidentReviewed resent = reviewed(incidentId, "REGISTER_ENTRY", IncidentType.VERBAL_THREAT, unknownEntry,
				"HSG-U");
		this.scenario.kafka().sendEvent(first);
		this.scenario.kafka().sendEvent(resent);

		JsonNode task = this.scenario
			.awaitTask((candidate) -> incidentId.toString().equals(text(candidate, "incidentId")));
		assertThat(task.get("kind").asString()).isEqualTo("LINKED_ENTRY_UNKNOWN");
		assertThat(task.get("rule").asString()).isEqualTo("I6");
		assertThat(task.get("entryId").asString()).isEqualTo(unknownEntry.toString());
		await().atMost(PATIENCE).until(() -> processed(first.eventId()) + processed(resent.eventId()) == 2);
		assertThat(this.scenario.tasks((candidate) -> incidentId.toString().equals(text(candidate, "incidentId"))))
			.hasSize(1);
		assertThat(this.scenario.entriesFor(incidentId)).isEmpty();
	}

	@Test
	@DisplayName("I8: a contact-details update is read from incident-service and its phone and email reach the entry's customer record; one naming an unknown entry becomes a task")
	void contactDetailsUpdateRefetches() {
		UUID incidentId = UUID.randomUUID();
		String entryId = this.scenario.openEntryWithCustomer(incidentId, "Jo Before", IncidentType.VERBAL_ABUSE);
		UUID reported = UUID.randomUUID();
		this.incidentService.answer(new ContactDetailsUpdate(reported, UUID.fromString(entryId), "housing",
				new TeamReference("housing", "HSG-I8"), null, null, "01632 960 111", "jo@example.org", LocalDate.now(),
				Instant.now()));

		this.scenario.kafka().sendEvent(contactUpdate(reported, UUID.fromString(entryId)));
		JsonNode customer = this.scenario.awaitCustomer(entryId,
				(candidate) -> "jo@example.org".equals(text(candidate, "email")));
		assertThat(text(customer, "phone")).isEqualTo("01632 960 111");
		assertThat(text(customer, "customerName")).as("what the update left out stays").isEqualTo("Jo Before");
		assertThat(customer.get("fetches")).anySatisfy((fetch) -> {
			assertThat(fetch.get("cause").asString()).isEqualTo("CONTACT_DETAILS_UPDATED");
			assertThat(fetch.get("status").asString()).isEqualTo("FETCHED");
		});

		UUID updateId = UUID.randomUUID();
		this.scenario.kafka().sendEvent(contactUpdate(updateId, UUID.randomUUID()));
		JsonNode task = this.scenario
			.awaitTask((candidate) -> updateId.toString().equals(text(candidate, "referenceId")));
		assertThat(task.get("kind").asString()).isEqualTo("CONTACT_UPDATE_ENTRY_UNKNOWN");
	}

	@Test
	@DisplayName("P2: a partner update becomes one CRO task (a redelivery or a resend under another event id makes none more); only the CRO lists and completes tasks, with an outcome, once")
	void partnerUpdateBecomesTask() {
		UUID receiptId = UUID.randomUUID();
		PartnerUpdateReceived received = partnerUpdate(receiptId);
		PartnerUpdateReceived resent = partnerUpdate(receiptId);
		this.scenario.kafka().sendEvent(received);
		this.scenario.kafka().sendEvent(received);
		this.scenario.kafka().sendEvent(resent);

		JsonNode task = this.scenario
			.awaitTask((candidate) -> receiptId.toString().equals(text(candidate, "referenceId")));
		assertThat(task.get("kind").asString()).isEqualTo("PARTNER_UPDATE");
		assertThat(task.get("rule").asString()).isEqualTo("P2");
		assertThat(task.get("detail").asString()).contains("NEW_ENTRY").contains("CBH-DSA-2024-01");
		await().atMost(PATIENCE).until(() -> processed(received.eventId()) + processed(resent.eventId()) == 2);
		assertThat(this.scenario.tasks((candidate) -> receiptId.toString().equals(text(candidate, "referenceId"))))
			.hasSize(1);

		String complete = "/api/tasks/" + task.get("id").asString() + "/complete";
		assertThat(this.api.get("/api/tasks", cssm()).status()).isEqualTo(403);
		assertThat(this.api.post(complete, cssm(), Map.of("outcome", "done")).status()).isEqualTo(403);
		Response noOutcome = this.api.post(complete, cro(), Map.of());
		assertThat(noOutcome.status()).isEqualTo(400);
		assertThat(noOutcome.body()).contains("outcome");
		Response done = this.api.post(complete, cro(), Map.of("outcome", "CBH's new entry matches ours; no change"));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("status").asString()).isEqualTo("DONE");
		assertThat(done.json().get("completedBy").asString()).isEqualTo("cro-1");
		Response again = this.api.post(complete, cro(), Map.of("outcome", "again"));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().get("rule").asString()).isEqualTo("P2");
		assertThat(
				this.api.post("/api/tasks/" + UUID.randomUUID() + "/complete", cro(), Map.of("outcome", "x")).status())
			.isEqualTo(404);
	}

	private int processed(UUID eventId) {
		Integer rows = this.jdbc.queryForObject("select count(*) from processed_event where event_id = ?",
				Integer.class, eventId);
		return (rows != null) ? rows : 0;
	}

	private static ContactDetailsUpdateReported contactUpdate(UUID updateId, UUID entryId) {
		return KafkaTestClient.fromFixture(EventFixtures.json(ContactDetailsUpdateReported.class),
				ContactDetailsUpdateReported.class, Map.of("updateId", updateId, "entryId", entryId));
	}

	private static PartnerUpdateReceived partnerUpdate(UUID receiptId) {
		return KafkaTestClient.fromFixture(EventFixtures.json(PartnerUpdateReceived.class), PartnerUpdateReceived.class,
				Map.of("receiptId", receiptId));
	}

}
