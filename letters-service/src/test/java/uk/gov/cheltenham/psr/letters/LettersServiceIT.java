package uk.gov.cheltenham.psr.letters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.LetterRequested;
import uk.gov.cheltenham.psr.events.LetterSent;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.letters.letter.SampleFacts;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The whole service on the real broker and PostgreSQL: events in through the register's
 * topic, the API with real tokens, events out through the outbox.
 */
@PsrIntegrationTest
class LettersServiceIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String DEAD_LETTERS = "error." + Topics.REGISTER_EVENTS + ".letters-service";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	@Autowired
	private Environment environment;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	@DisplayName("R8: the register's LetterRequested fixture becomes one DRAFT letter")
	void letterRequestedBecomesDraft() throws Exception {
		UUID entryId = UUID.randomUUID();
		UUID requestId = UUID.randomUUID();
		this.kafka.sendEvent(letterRequested(entryId, requestId));

		await().atMost(PATIENCE).until(() -> lettersOfEntry(entryId) == 1);
		Response response = api().get("/api/letters?entryId=" + entryId, cro());
		assertThat(response.status()).isEqualTo(200);
		JsonNode letters = response.json();
		assertThat(letters).hasSize(1);
		JsonNode letter = letters.get(0);
		assertThat(letter.get("entryId").asString()).isEqualTo(entryId.toString());
		assertThat(letter.get("requestId").asString()).isEqualTo(requestId.toString());
		assertThat(letter.get("letterType").asString()).isEqualTo("RESTRICTION");
		assertThat(letter.get("status").asString()).isEqualTo("DRAFT");
		assertThat(api().get("/api/letters/" + letter.get("id").asString(), cro()).json().get("status").asString())
			.isEqualTo("DRAFT");
	}

	@Test
	@DisplayName("R8: the same LetterRequested delivered twice still makes one letter")
	void sameEventTwiceMakesOneLetter() throws Exception {
		UUID entryId = UUID.randomUUID();
		UUID requestId = UUID.randomUUID();
		LetterRequested event = letterRequested(entryId, requestId);
		this.kafka.sendEvent(event);
		this.kafka.sendEvent(event);
		// same key, same partition: once the later request is done, both copies were
		// handled
		UUID laterRequestId = UUID.randomUUID();
		this.kafka.sendEvent(letterRequested(entryId, laterRequestId));

		await().atMost(PATIENCE).until(() -> lettersOfRequest(laterRequestId) == 1);
		assertThat(lettersOfRequest(requestId)).isEqualTo(1);
		assertThat(lettersOfEntry(entryId)).isEqualTo(2);
	}

	@Test
	@DisplayName("R8: the same request under a new event id still makes one letter")
	void sameRequestUnderNewEventIdMakesOneLetter() throws Exception {
		UUID entryId = UUID.randomUUID();
		UUID requestId = UUID.randomUUID();
		LetterRequested first = letterRequested(entryId, requestId);
		LetterRequested again = letterRequested(entryId, requestId);
		this.kafka.sendEvent(first);
		this.kafka.sendEvent(again);
		UUID laterRequestId = UUID.randomUUID();
		this.kafka.sendEvent(letterRequested(entryId, laterRequestId));

		await().atMost(PATIENCE).until(() -> lettersOfRequest(laterRequestId) == 1);
		assertThat(lettersOfRequest(requestId)).isEqualTo(1);
		// the repeat was handled as a no-op, not failed into the dead-letter topic
		assertThat(processed(first)).isTrue();
		assertThat(processed(again)).isTrue();
	}

	@Test
	@DisplayName("R8: the database itself refuses a second letter for one request")
	void databaseRefusesSecondLetterForOneRequest() throws Exception {
		UUID entryId = UUID.randomUUID();
		UUID requestId = UUID.randomUUID();
		this.kafka.sendEvent(letterRequested(entryId, requestId));
		await().atMost(PATIENCE).until(() -> lettersOfRequest(requestId) == 1);

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.jdbc.update("""
				insert into letter (id, version, entry_id, request_id, letter_type, status, created_at)
				values (?, 0, ?, ?, 'WARNING', 'DRAFT', now())""", UUID.randomUUID(), entryId, requestId));
	}

	@Test
	@DisplayName("R12: EntryPurged deletes every letter of that entry and no other")
	void entryPurgedDeletesItsLetters() throws Exception {
		UUID entryId = UUID.randomUUID();
		UUID otherEntryId = UUID.randomUUID();
		this.kafka.sendEvent(letterRequested(entryId, UUID.randomUUID()));
		this.kafka.sendEvent(fixture(LetterRequested.class,
				Map.of("entryId", entryId, "requestId", UUID.randomUUID(), "letterType", "REMOVAL")));
		this.kafka.sendEvent(letterRequested(otherEntryId, UUID.randomUUID()));
		await().atMost(PATIENCE).until(() -> lettersOfEntry(entryId) == 2 && lettersOfEntry(otherEntryId) == 1);
		// a letter already sent goes too
		String sentLetterId = api().get("/api/letters?entryId=" + entryId, cro()).json().get(0).get("id").asString();
		assertThat(api().post("/api/letters/" + sentLetterId + "/send", cro(), "{\"channel\":\"POST\"}").status())
			.isEqualTo(200);

		this.kafka.sendEvent(fixture(EntryPurged.class, Map.of("entryId", entryId)));

		await().atMost(PATIENCE).until(() -> lettersOfEntry(entryId) == 0);
		assertThat(lettersOfEntry(otherEntryId)).isEqualTo(1);
		assertThat(api().get("/api/letters/" + sentLetterId, cro()).status()).isEqualTo(404);
	}

	@Test
	@DisplayName("Poison: an unreadable event goes to the dead-letter topic and the next one is still processed")
	void poisonMessageGoesToDeadLetterTopic() throws Exception {
		UUID entryId = UUID.randomUUID();
		byte[] garbage = "{ this is not a LetterRequested".getBytes(StandardCharsets.UTF_8);
		this.kafka.send(Topics.REGISTER_EVENTS, entryId.toString(), garbage,
				Map.of(Topics.TYPE_HEADER, LetterRequested.class.getSimpleName()));
		UUID requestId = UUID.randomUUID();
		this.kafka.sendEvent(letterRequested(entryId, requestId));

		ConsumerRecord<String, byte[]> deadLetter = this.kafka.awaitRecord(DEAD_LETTERS,
				(record) -> entryId.toString().equals(record.key()), PATIENCE);
		assertThat(deadLetter.value()).isEqualTo(garbage);
		await().atMost(PATIENCE).until(() -> lettersOfRequest(requestId) == 1);
	}

	@Test
	@DisplayName("L7: sending a letter publishes LetterSent with exactly the fixture's fields")
	void sendPublishesLetterSent() throws Exception {
		UUID entryId = UUID.randomUUID();
		String letterId = draftLetter(entryId);

		Response sent = api().post("/api/letters/" + letterId + "/send", cro(), "{\"channel\":\"EMAIL\"}");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.json().get("status").asString()).isEqualTo("SENT");
		assertThat(sent.json().get("channel").asString()).isEqualTo("EMAIL");

		ConsumerRecord<String, byte[]> record = this.kafka.awaitRecord(Topics.LETTER_EVENTS,
				(candidate) -> letterId.equals(candidate.key()), PATIENCE);
		assertThat(KafkaTestClient.header(record, Topics.TYPE_HEADER)).isEqualTo(LetterSent.class.getSimpleName());
		JsonNode published = JSON.readTree(record.value());
		JsonNode fixture = JSON.readTree(EventFixtures.json(LetterSent.class));
		assertThat(new HashSet<>(published.propertyNames())).isEqualTo(new HashSet<>(fixture.propertyNames()));
		assertThat(published.get("letterId").asString()).isEqualTo(letterId);
		assertThat(published.get("entryId").asString()).isEqualTo(entryId.toString());
		assertThat(published.get("letterType").asString()).isEqualTo("RESTRICTION");
		assertThat(published.get("channel").asString()).isEqualTo("EMAIL");
		assertThat(KafkaTestClient.header(record, Topics.EVENT_ID_HEADER))
			.isEqualTo(published.get("eventId").asString());
	}

	@Test
	@DisplayName("L7: a referred letter waits for the CSSM's approval, then is sent")
	void referredLetterNeedsApprovalBeforeSending() throws Exception {
		String letterId = draftLetter(UUID.randomUUID());
		String letter = "/api/letters/" + letterId;

		Response submitted = api().post(letter + "/submit", cro());
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("AWAITING_APPROVAL");

		Response tooEarly = api().post(letter + "/send", cro(), "{\"channel\":\"POST\"}");
		assertThat(tooEarly.status()).isEqualTo(422);
		assertThat(tooEarly.json().get("rule").asString()).isEqualTo("L7");

		assertThat(api().post(letter + "/approve", cro()).status()).isEqualTo(403);
		Response approved = api().post(letter + "/approve", Tokens.shared().forUser("cssm", "CSSM"));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().get("approvedAs").asString()).isEqualTo("CSSM");
		assertThat(approved.json().get("approvedBy").asString()).isEqualTo("cssm");

		Response sent = api().post(letter + "/send", cro(), "{\"channel\":\"POST\"}");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.json().get("status").asString()).isEqualTo("SENT");
		assertThat(api().post(letter + "/send", cro(), "{\"channel\":\"POST\"}").status()).isEqualTo(422);
	}

	@Test
	@DisplayName("D2: no token is 401, a role without letters is 403, an unknown letter is 404")
	void securityAndNotFound() throws Exception {
		UUID entryId = UUID.randomUUID();
		String letterId = draftLetter(entryId);
		assertThat(api().get("/api/letters?entryId=" + entryId, null).status()).isEqualTo(401);
		assertThat(api().get("/api/letters/" + letterId, "not-a-token").status()).isEqualTo(401);
		String representative = Tokens.shared().forUser("rep", "REPRESENTATIVE");
		assertThat(api().get("/api/letters?entryId=" + entryId, representative).status()).isEqualTo(403);
		assertThat(api().get("/api/letters/" + letterId, representative).status()).isEqualTo(403);
		assertThat(api().post("/api/letters/" + letterId + "/submit", representative).status()).isEqualTo(403);
		assertThat(api()
			.post("/api/letters/" + letterId + "/send", Tokens.shared().forUser("cssm", "CSSM"),
					"{\"channel\":\"EMAIL\"}")
			.status()).isEqualTo(403);
		assertThat(api().get("/api/letters/" + UUID.randomUUID(), cro()).status()).isEqualTo(404);
		assertThat(api().get("/api/letters/" + letterId, cro()).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	@DisplayName("Bad input is 400 problem details naming the field, and changes nothing")
	void badInputNamesTheField() throws Exception {
		String letterId = draftLetter(UUID.randomUUID());
		String send = "/api/letters/" + letterId + "/send";

		assertBadRequestNaming(api().post(send, cro(), "{\"channel\":\"FAX\"}"), "channel");
		assertBadRequestNaming(api().post(send, cro(), "{}"), "channel");
		assertBadRequestNaming(api().get("/api/letters?entryId=not-a-uuid", cro()), "entryId");
		Response missing = api().get("/api/letters", cro());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).contains("entryId");
		assertThat(api().get("/api/letters/" + letterId, cro()).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	@DisplayName("L2: a letter previews as a PDF; an incomplete letter is 422 naming what is missing")
	void previewRendersPdfAndRefusesIncompleteLetter() throws Exception {
		String letterId = draftLetter(UUID.randomUUID());
		String preview = "/api/letters/" + letterId + "/preview";
		String facts = JSON.writeValueAsString(SampleFacts.complete());

		assertThat(pdfText(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + preview))
			.header("Authorization", "Bearer " + cro())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(facts)))).contains("Cheltenham Borough Council")
			.contains("Restrictions on your contact with the council")
			.contains("Robin Testperson");
		// the wording alone, with invented facts, for the CRO and the CSSM
		assertThat(pdfText(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + preview))
			.header("Authorization", "Bearer " + Tokens.shared().forUser("cssm", "CSSM"))
			.GET())).contains("Restrictions on your contact with the council").contains("Dear Sample Customer");
		assertThat(api().get(preview, Tokens.shared().forUser("rep", "REPRESENTATIVE")).status()).isEqualTo(403);

		Response incomplete = api().post(preview, cro(), JSON.writeValueAsString(SampleFacts.without("reviewDate")));
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.json().get("rule").asString()).isEqualTo("L2");
		assertThat(incomplete.json().get("detail").asString()).contains("the review date");

		Response unsigned = api().post(preview, cro(), facts.replace("Jordan Signerton", ""));
		assertThat(unsigned.status()).isEqualTo(422);
		assertThat(unsigned.json().get("missingValues").get(0).asString()).isEqualTo("signatoryName");

		assertThat(api().post(preview, null, facts).status()).isEqualTo(401);
		assertThat(api().post(preview, Tokens.shared().forUser("cssm", "CSSM"), facts).status()).isEqualTo(403);
		assertThat(api().post("/api/letters/" + UUID.randomUUID() + "/preview", cro(), facts).status()).isEqualTo(404);
	}

	private static String pdfText(HttpRequest.Builder request) throws Exception {
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(request.header("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private void assertBadRequestNaming(Response response, String field) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
	}

	/**
	 * A fresh draft letter made the way production makes them: from the register's event.
	 */
	private String draftLetter(UUID entryId) throws Exception {
		UUID requestId = UUID.randomUUID();
		this.kafka.sendEvent(letterRequested(entryId, requestId));
		await().atMost(PATIENCE).until(() -> lettersOfRequest(requestId) == 1);
		return this.jdbc.queryForObject("select id from letter where request_id = ?", UUID.class, requestId).toString();
	}

	private boolean processed(LetterRequested event) {
		return this.jdbc.queryForObject("select count(*) from processed_event where consumer = ? and event_id = ?",
				Integer.class, "letters-service", event.eventId()) == 1;
	}

	private int lettersOfEntry(UUID entryId) {
		return this.jdbc.queryForObject("select count(*) from letter where entry_id = ?", Integer.class, entryId);
	}

	private int lettersOfRequest(UUID requestId) {
		return this.jdbc.queryForObject("select count(*) from letter where request_id = ?", Integer.class, requestId);
	}

	// --- events: the event-contracts fixtures, with fresh ids

	private static LetterRequested letterRequested(UUID entryId, UUID requestId) {
		return fixture(LetterRequested.class, Map.of("entryId", entryId, "requestId", requestId));
	}

	private static <T extends PsrEvent> T fixture(Class<T> type, Map<String, Object> overrides) {
		return KafkaTestClient.fromFixture(EventFixtures.json(type), type, overrides);
	}

	// --- HTTP

	private static String cro() {
		return Tokens.shared().forUser("cro", "CRO");
	}

	private ApiClient api() {
		return ApiClient.local(port());
	}

	private int port() {
		return this.environment.getRequiredProperty("local.server.port", Integer.class);
	}

}
