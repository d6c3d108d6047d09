package uk.gov.cheltenham.psr.letters;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

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
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.LetterRequested;
import uk.gov.cheltenham.psr.events.LetterSent;
import uk.gov.cheltenham.psr.events.NoticeWithheld;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.internalapi.EntryLetterDetails;
import uk.gov.cheltenham.psr.platform.audit.AuditRecord;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.FreePorts;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.MailServer;
import uk.gov.cheltenham.psr.testsupport.MailServer.ReceivedMail;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The whole service on the real broker, PostgreSQL and SMTP server: events in through the
 * register's topic, the register's internal API as a real HTTP server
 * ({@link FakeRegister}), the API with real tokens, emails received by GreenMail, events
 * out through the outbox.
 */
@PsrIntegrationTest
class LettersServiceIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final FakeRegister REGISTER = FakeRegister.shared();

	private static final String DEAD_LETTERS = "error." + Topics.REGISTER_EVENTS + ".letters-service";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	@Autowired
	private Environment environment;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JavaMailSenderImpl mailSender;

	@Autowired
	private AuditTrail auditTrail;

	private final MailServer mail = MailServer.shared();

	@DynamicPropertySource
	static void registerService(DynamicPropertyRegistry registry) {
		registry.add("psr.services.register-service.url", REGISTER::url);
	}

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
	@DisplayName("L7, L2: a letter is rendered from the register's facts, emailed with its PDF attached and the text as body, kept as a checksummed PDF, and LetterSent is published as in its fixture")
	void emailedWithPdfAttached() throws Exception {
		UUID entryId = UUID.randomUUID();
		String email = "robin." + entryId + "@example.invalid";
		REGISTER.knows(details(entryId, email, "CSSM", false));
		UUID requestId = UUID.randomUUID();
		String letterId = draftLetter(entryId, requestId);

		Response sent = api().post("/api/letters/" + letterId + "/send", cro());
		assertThat(sent.status()).isEqualTo(202);
		assertThat(sent.json().get("signatoryRole").asString()).isEqualTo("CSSM");

		ReceivedMail mail = await().atMost(PATIENCE)
			.until(() -> this.mail.receivedMessagesFor(email), (m) -> !m.isEmpty())
			.get(0);
		assertThat(mail.subject()).isEqualTo("A letter from Cheltenham Borough Council").doesNotContain("Robin");
		assertThat(oneLine(mail.body())).contains("Cheltenham Borough Council", "Dear Robin Testperson",
				"Contact the council only in writing", "Local Government and Social Care Ombudsman (LGSCO)",
				"Alex Morgan", "Customer and Support Services Manager");
		assertThat(pdfText(attachment(mail))).contains("Restrictions on your contact with the council",
				"Dear Robin Testperson", "7 Imaginary Lane", "Shouted at reception staff on 14 October 2026",
				"Contact the council only in writing", "Staff were put in fear for their safety",
				"may take further steps to protect its staff", "within 28 days",
				"Local Government and Social Care Ombudsman (LGSCO)", "30 April 2027", "Alex Morgan");

		JsonNode letter = await().atMost(PATIENCE)
			.until(() -> api().get("/api/letters/" + letterId, cro()).json(),
					(view) -> view.get("status").asString().equals("SENT"));
		assertThat(letter.get("channel").asString()).isEqualTo("EMAIL");
		assertThat(letter.get("delivery").get("status").asString()).isEqualTo("SENT");
		assertThat(letter.get("delivery").get("attempts").asInt()).isEqualTo(1);
		assertThat(REGISTER.callers()).as("the register was called with letters-service's own token")
			.isNotEmpty()
			.allMatch("letters-service"::equals);
		// the address and body are forgotten once delivered
		assertThat(this.jdbc.queryForObject(
				"select count(*) from letter_delivery where letter_id = ? and recipient_email is null and email_text is null",
				Integer.class, UUID.fromString(letterId)))
			.isEqualTo(1);

		HttpResponse<byte[]> stored = pdf("/api/letters/" + letterId + "/pdf", cro());
		assertThat(stored.headers().firstValue("X-Checksum-SHA256")).hasValue(sha256(stored.body()));
		assertThat(pdfText(stored.body())).contains("Dear Robin Testperson");

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
		assertThat(published.get("requestId").asString()).isEqualTo(requestId.toString());
		assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Robin", email);
		assertThat(api().post("/api/letters/" + letterId + "/send", cro()).status()).isEqualTo(422);
	}

	@Test
	@DisplayName("D3: previewing, approving, sending a letter and reading its PDF each leave a line in the hash-chained trail naming who, in which role, and the letter")
	void letterStepsAreAudited() throws Exception {
		UUID entryId = UUID.randomUUID();
		REGISTER.knows(details(entryId, null, "CSSM", true));
		String letterId = draftLetter(entryId);
		String letter = "/api/letters/" + letterId;

		assertThat(api().get(letter + "/preview", Tokens.shared().forUser("cssm-reader", "CSSM")).status())
			.isEqualTo(200);
		assertThat(api().post(letter + "/submit", cro()).status()).isEqualTo(200);
		assertThat(api().post(letter + "/approve", Tokens.shared().forUser("cssm-signer", "CSSM")).status())
			.isEqualTo(200);
		assertThat(api().post(letter + "/send", cro()).status()).isEqualTo(202);
		pdf(letter + "/pdf", Tokens.shared().forUser("exec-reader", "EXECUTIVE_DIRECTOR"));

		List<AuditRecord> trail = this.auditTrail.about("entry", entryId.toString());
		assertThat(trail).extracting(AuditRecord::action, AuditRecord::actor, AuditRecord::actorRole)
			.containsExactly(tuple("READ_LETTER", "cssm-reader", "CSSM"),
					tuple("APPROVE_LETTER", "cssm-signer", "CSSM"), tuple("SEND_LETTER", "cro", "CRO"),
					tuple("READ_LETTER_PDF", "exec-reader", "EXECUTIVE_DIRECTOR"));
		assertThat(trail).allSatisfy((line) -> {
			assertThat(line.detail()).isEqualTo("letter=" + letterId);
			assertThat(line.purpose()).isNotBlank();
		});
		assertThat(this.auditTrail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("L7: without an email address the letter goes to the print queue; the post room downloads the PDF and marks it posted, which sends LetterSent")
	void noEmailGoesToPrintQueue() throws Exception {
		UUID entryId = UUID.randomUUID();
		REGISTER.knows(details(entryId, null, "CSSM", false));
		String letterId = draftLetter(entryId);

		assertThat(api().post("/api/letters/" + letterId + "/send", cro()).status()).isEqualTo(202);

		JsonNode queued = queueEntry(letterId);
		assertThat(queued).as("letter %s in the print queue", letterId).isNotNull();
		assertThat(queued.get("entryId").asString()).isEqualTo(entryId.toString());
		assertThat(queued.toString()).doesNotContain("Robin");
		assertThat(pdfText(pdf(queued.get("pdf").asString(), cro()).body())).contains("Robin Testperson",
				"7 Imaginary Lane", "ZZ9 9ZZ");
		assertThat(api().get("/api/letters/" + letterId, cro()).json().get("delivery").get("status").asString())
			.isEqualTo("QUEUED_FOR_POST");
		assertThat(api().get("/api/print-queue", Tokens.shared().forUser("cssm", "CSSM")).status()).isEqualTo(403);

		Response posted = api().post("/api/print-queue/" + letterId + "/posted",
				Tokens.shared().forUser("post", "CRO"));
		assertThat(posted.status()).isEqualTo(200);
		assertThat(posted.json().get("status").asString()).isEqualTo("SENT");
		assertThat(posted.json().get("channel").asString()).isEqualTo("POST");
		assertThat(posted.json().get("delivery").get("deliveredBy").asString()).isEqualTo("post");
		assertThat(queueEntry(letterId)).isNull();
		Response again = api().post("/api/print-queue/" + letterId + "/posted", cro());
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().get("rule").asString()).isEqualTo("L7");

		ConsumerRecord<String, byte[]> record = this.kafka.awaitRecord(Topics.LETTER_EVENTS,
				(candidate) -> letterId.equals(candidate.key()), PATIENCE);
		assertThat(JSON.readTree(record.value()).get("channel").asString()).isEqualTo("POST");
	}

	@Test
	@DisplayName("L7, R7: a complex or sensitive case waits for the approval of the signatory the register names, the Executive Director here, who signs the letter")
	void complexCaseNeedsTheNamedSignatorysApproval() throws Exception {
		UUID entryId = UUID.randomUUID();
		String email = "complex." + entryId + "@example.invalid";
		REGISTER.knows(details(entryId, email, "EXECUTIVE_DIRECTOR", true));
		String letter = "/api/letters/" + draftLetter(entryId);

		Response tooEarly = api().post(letter + "/send", cro());
		assertThat(tooEarly.status()).isEqualTo(422);
		assertThat(tooEarly.json().get("rule").asString()).isEqualTo("L7");
		assertThat(tooEarly.json().get("detail").asString()).contains("complex or sensitive");
		assertThat(api().get(letter, cro()).json().get("status").asString()).isEqualTo("DRAFT");

		assertThat(api().post(letter + "/submit", cro()).json().get("status").asString())
			.isEqualTo("AWAITING_APPROVAL");
		assertThat(api().post(letter + "/approve", cro()).status()).isEqualTo(403);
		Response notTheSignatory = api().post(letter + "/approve", Tokens.shared().forUser("cssm", "CSSM"));
		assertThat(notTheSignatory.status()).isEqualTo(422);
		assertThat(notTheSignatory.json().get("rule").asString()).isEqualTo("R7");
		Response approved = api().post(letter + "/approve", Tokens.shared().forUser("exec", "EXECUTIVE_DIRECTOR"));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("approvedAs").asString()).isEqualTo("EXECUTIVE_DIRECTOR");

		assertThat(api().post(letter + "/send", cro()).status()).isEqualTo(202);
		ReceivedMail mail = await().atMost(PATIENCE)
			.until(() -> this.mail.receivedMessagesFor(email), (m) -> !m.isEmpty())
			.get(0);
		assertThat(pdfText(attachment(mail))).contains("Sam Patel", "Executive Director of People and Change")
			.doesNotContain("Alex Morgan");
	}

	@Test
	@DisplayName("R8: NoticeWithheld holds the letters it names: a held letter cannot be approved or sent (422 R8, nothing changes), "
			+ "leaves the print queue and cannot be marked posted; the same LetterRequested again releases it without a second letter")
	void withheldNoticeHoldsLetters() throws Exception {
		UUID entryId = UUID.randomUUID();
		REGISTER.knows(details(entryId, null, "CSSM", true));
		UUID awaitingRequest = UUID.randomUUID();
		String awaiting = "/api/letters/" + draftLetter(entryId, awaitingRequest);
		assertThat(api().post(awaiting + "/submit", cro()).status()).isEqualTo(200);

		UUID otherEntry = UUID.randomUUID();
		REGISTER.knows(details(otherEntry, null, "CSSM", false));
		UUID queuedRequest = UUID.randomUUID();
		String queuedId = draftLetter(otherEntry, queuedRequest);
		assertThat(api().post("/api/letters/" + queuedId + "/send", cro()).status()).isEqualTo(202);
		assertThat(queueEntry(queuedId)).isNotNull();

		this.kafka.sendEvent(noticeWithheld(entryId, List.of(awaitingRequest, UUID.randomUUID())));
		this.kafka.sendEvent(noticeWithheld(otherEntry, List.of(queuedRequest)));
		await().atMost(PATIENCE).until(() -> api().get(awaiting, cro()).json().get("onHold").asBoolean());
		await().atMost(PATIENCE)
			.until(() -> api().get("/api/letters/" + queuedId, cro()).json().get("onHold").asBoolean());

		Response approve = api().post(awaiting + "/approve", Tokens.shared().forUser("cssm", "CSSM"));
		assertThat(approve.status()).isEqualTo(422);
		assertThat(approve.json().get("rule").asString()).isEqualTo("R8");
		Response send = api().post(awaiting + "/send", cro());
		assertThat(send.status()).isEqualTo(422);
		assertThat(send.json().get("rule").asString()).isEqualTo("R8");
		assertThat(api().get(awaiting, cro()).json().get("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(queueEntry(queuedId)).isNull();
		Response posted = api().post("/api/print-queue/" + queuedId + "/posted", cro());
		assertThat(posted.status()).isEqualTo(422);
		assertThat(posted.json().get("rule").asString()).isEqualTo("R8");
		assertThat(api().get("/api/letters/" + queuedId, cro()).json().get("status").asString()).isEqualTo("SENDING");

		// the register informs the customer after all: the same requests, asked for again
		this.kafka.sendEvent(letterRequested(entryId, awaitingRequest));
		this.kafka.sendEvent(letterRequested(otherEntry, queuedRequest));
		await().atMost(PATIENCE).until(() -> !api().get(awaiting, cro()).json().get("onHold").asBoolean());
		await().atMost(PATIENCE).until(() -> queueEntry(queuedId) != null);
		assertThat(lettersOfEntry(entryId)).isEqualTo(1);
		assertThat(lettersOfEntry(otherEntry)).isEqualTo(1);
		assertThat(api().post(awaiting + "/approve", Tokens.shared().forUser("cssm", "CSSM")).status()).isEqualTo(200);
		assertThat(api().post("/api/print-queue/" + queuedId + "/posted", cro()).status()).isEqualTo(200);
	}

	@Test
	@DisplayName("R8: a letter already sent stays sent when NoticeWithheld names it")
	void sentLetterStaysSent() throws Exception {
		UUID entryId = UUID.randomUUID();
		REGISTER.knows(details(entryId, null, "CSSM", false));
		UUID requestId = UUID.randomUUID();
		String letterId = draftLetter(entryId, requestId);
		assertThat(api().post("/api/letters/" + letterId + "/send", cro()).status()).isEqualTo(202);
		assertThat(api().post("/api/print-queue/" + letterId + "/posted", cro()).status()).isEqualTo(200);

		NoticeWithheld withheld = noticeWithheld(entryId, List.of(requestId));
		this.kafka.sendEvent(withheld);
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from processed_event where consumer = ? and event_id = ?", Integer.class,
					"letters-service", withheld.eventId()) == 1);
		JsonNode letter = api().get("/api/letters/" + letterId, cro()).json();
		assertThat(letter.get("status").asString()).isEqualTo("SENT");
		assertThat(letter.get("onHold").asBoolean()).isFalse();
	}

	@Test
	@DisplayName("L7: the mail server being down is retried and shown (attempts, last error class), then the letter is delivered once it is back")
	void smtpDownIsRetriedThenDelivered() throws Exception {
		UUID entryId = UUID.randomUUID();
		String email = "retry." + entryId + "@example.invalid";
		REGISTER.knows(details(entryId, email, "CSSM", false));
		String letterId = draftLetter(entryId);
		int smtpPort = this.mailSender.getPort();
		this.mailSender.setPort(FreePorts.find(smtpPort));
		try {
			assertThat(api().post("/api/letters/" + letterId + "/send", cro()).status()).isEqualTo(202);

			JsonNode failing = await().atMost(PATIENCE)
				.until(() -> api().get("/api/letters/" + letterId, cro()).json(),
						(view) -> view.get("delivery").get("attempts").asInt() >= 2);
			assertThat(failing.get("status").asString()).isEqualTo("SENDING");
			// between attempts, or claimed by the next one
			assertThat(failing.get("delivery").get("status").asString()).isIn("PENDING", "SENDING");
			assertThat(failing.get("delivery").get("lastError").asString()).contains("MailSendException")
				.doesNotContain(email);
			assertThat(this.mail.receivedMessagesFor(email)).isEmpty();
		}
		finally {
			this.mailSender.setPort(smtpPort);
		}
		await().atMost(PATIENCE)
			.until(() -> api().get("/api/letters/" + letterId, cro()).json().get("status").asString(), "SENT"::equals);
		assertThat(this.mail.receivedMessagesFor(email)).hasSize(1);
	}

	@Test
	@DisplayName("An entry the register does not know is 404 for preview and sending, and the letter stays a draft")
	void unknownEntryIsNotFound() throws Exception {
		UUID entryId = UUID.randomUUID();
		String letterId = draftLetter(entryId);
		REGISTER.answers(entryId, 404);

		assertThat(api().get("/api/letters/" + letterId + "/preview", cro()).status()).isEqualTo(404);
		Response send = api().post("/api/letters/" + letterId + "/send", cro());
		assertThat(send.status()).isEqualTo(404);
		assertThat(send.json().get("detail").asString()).contains(entryId.toString());
		assertThat(api().get("/api/letters/" + letterId, cro()).json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(documentsOf(letterId)).isZero();
	}

	@Test
	@DisplayName("R12: an entry the register has deleted is 410, and its letter is cancelled with nothing kept")
	void deletedEntryIsGoneAndCancelsTheLetter() throws Exception {
		UUID entryId = UUID.randomUUID();
		String letterId = draftLetter(entryId);
		REGISTER.answers(entryId, 410);

		Response send = api().post("/api/letters/" + letterId + "/send", cro());
		assertThat(send.status()).isEqualTo(410);
		assertThat(send.isProblem()).isTrue();
		JsonNode letter = api().get("/api/letters/" + letterId, cro()).json();
		assertThat(letter.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(letter.get("cancelledAt").isNull()).isFalse();
		assertThat(documentsOf(letterId)).isZero();
	}

	@Test
	@DisplayName("The register being away is 503 with Retry-After, and nothing changes")
	void registerAwayIsServiceUnavailable() throws Exception {
		UUID entryId = UUID.randomUUID();
		String letterId = draftLetter(entryId);
		REGISTER.answers(entryId, 503);

		HttpResponse<String> send = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port() + "/api/letters/" + letterId + "/send"))
				.header("Authorization", "Bearer " + cro())
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(send.statusCode()).isEqualTo(503);
		assertThat(send.headers().firstValue("Retry-After")).isPresent();
		assertThat(send.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode letter = api().get("/api/letters/" + letterId, cro()).json();
		assertThat(letter.get("status").asString()).isEqualTo("DRAFT");
		assertThat(letter.get("delivery").isNull()).isTrue();
	}

	@Test
	@DisplayName("R12: EntryPurged deletes every letter of that entry, with its PDF and delivery, and no other")
	void entryPurgedDeletesItsLetters() throws Exception {
		UUID entryId = UUID.randomUUID();
		UUID otherEntryId = UUID.randomUUID();
		REGISTER.knows(details(entryId, null, "CSSM", false));
		this.kafka.sendEvent(letterRequested(entryId, UUID.randomUUID()));
		this.kafka.sendEvent(fixture(LetterRequested.class,
				Map.of("entryId", entryId, "requestId", UUID.randomUUID(), "letterType", "REMOVAL")));
		this.kafka.sendEvent(letterRequested(otherEntryId, UUID.randomUUID()));
		await().atMost(PATIENCE).until(() -> lettersOfEntry(entryId) == 2 && lettersOfEntry(otherEntryId) == 1);
		// a letter already sent goes too, with its PDF
		String sentLetterId = api().get("/api/letters?entryId=" + entryId, cro()).json().get(0).get("id").asString();
		assertThat(api().post("/api/letters/" + sentLetterId + "/send", cro()).status()).isEqualTo(202);
		assertThat(documentsOf(sentLetterId)).isEqualTo(1);

		this.kafka.sendEvent(fixture(EntryPurged.class, Map.of("entryId", entryId)));

		await().atMost(PATIENCE).until(() -> lettersOfEntry(entryId) == 0);
		assertThat(lettersOfEntry(otherEntryId)).isEqualTo(1);
		assertThat(documentsOf(sentLetterId)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from letter_delivery where letter_id = ?", Integer.class,
				UUID.fromString(sentLetterId)))
			.isZero();
		assertThat(api().get("/api/letters/" + sentLetterId, cro()).status()).isEqualTo(404);
		assertThat(queueEntry(sentLetterId)).isNull();
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
		assertThat(api().get("/api/letters/" + letterId + "/preview", representative).status()).isEqualTo(403);
		assertThat(api().post("/api/letters/" + letterId + "/submit", representative).status()).isEqualTo(403);
		assertThat(api().get("/api/print-queue", representative).status()).isEqualTo(403);
		assertThat(api().post("/api/letters/" + letterId + "/send", Tokens.shared().forUser("cssm", "CSSM")).status())
			.isEqualTo(403);
		assertThat(api().get("/api/letters/" + UUID.randomUUID(), cro()).status()).isEqualTo(404);
		assertThat(api().get("/api/letters/" + letterId + "/pdf", cro()).status()).as("nothing sent, no PDF kept")
			.isEqualTo(404);
		assertThat(api().post("/api/print-queue/" + UUID.randomUUID() + "/posted", cro()).status()).isEqualTo(404);
		assertThat(api().get("/api/letters/" + letterId, cro()).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	@DisplayName("Bad input is 400 problem details naming the field, and changes nothing")
	void badInputNamesTheField() throws Exception {
		String letterId = draftLetter(UUID.randomUUID());

		assertBadRequestNaming(api().get("/api/letters?entryId=not-a-uuid", cro()), "entryId");
		assertBadRequestNaming(api().get("/api/letters/not-a-uuid", cro()), "id");
		assertBadRequestNaming(api().get("/api/letter-templates/FAX/preview", Tokens.shared().forUser("cssm", "CSSM")),
				"letterType");
		Response missing = api().get("/api/letters", cro());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).contains("entryId");
		assertThat(api().get("/api/letters/" + letterId, cro()).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	@DisplayName("L2: a preview is the letter as it would go today, from the register's facts, and stores nothing; a restriction letter the register's facts leave incomplete is 422 naming what is missing and is not sent")
	void previewFromTheRegisterAndIncompleteRefused() throws Exception {
		UUID entryId = UUID.randomUUID();
		REGISTER.knows(details(entryId, "robin@example.invalid", "CSSM", false));
		String letterId = draftLetter(entryId);

		HttpResponse<byte[]> preview = pdf("/api/letters/" + letterId + "/preview",
				Tokens.shared().forUser("cssm", "CSSM"));
		assertThat(preview.headers().firstValue("X-Template-Version")).hasValue("1");
		assertThat(pdfText(preview.body())).contains("Restrictions on your contact with the council",
				"Dear Robin Testperson", "Local Government and Social Care Ombudsman (LGSCO)");
		assertThat(documentsOf(letterId)).isZero();

		EntryLetterDetails complete = details(entryId, null, "CSSM", false);
		REGISTER.knows(new EntryLetterDetails(entryId, complete.customerName(), complete.address(), null,
				complete.incidents(), List.of(), complete.reasons(), complete.expiresOn(), null, null, "CSSM", false));
		Response incomplete = api().post("/api/letters/" + letterId + "/send", cro());
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.json().get("rule").asString()).isEqualTo("L2");
		assertThat(incomplete.json().get("detail").asString()).contains("the restrictions", "the review date");
		assertThat(api().get("/api/letters/" + letterId + "/preview", cro()).status()).isEqualTo(422);
		assertThat(api().get("/api/letters/" + letterId, cro()).json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(documentsOf(letterId)).isZero();
	}

	@Test
	@DisplayName("L1–L6: the CSSM previews a template's wording with invented sample facts, labelled as such")
	void templatePreviewWithSampleFacts() throws Exception {
		HttpResponse<byte[]> preview = pdf("/api/letter-templates/WARNING/preview",
				Tokens.shared().forUser("cssm", "CSSM"));
		assertThat(preview.headers().firstValue("X-Letter-Preview")).hasValue("template with invented sample facts");
		assertThat(pdfText(preview.body())).contains("Dear Sample Customer", "Alex Morgan");
		assertThat(api().get("/api/letter-templates/WARNING/preview", cro()).status()).isEqualTo(403);
	}

	private HttpResponse<byte[]> pdf(String path, String token) throws Exception {
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/pdf")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return pdf;
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return oneLine(new PDFTextStripper().getText(document));
		}
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** The PDF attached to a received email. */
	private static byte[] attachment(ReceivedMail mail) throws Exception {
		Multipart parts = (Multipart) mail.message().getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				assertThat(part.isMimeType("application/pdf")).isTrue();
				try (InputStream content = part.getInputStream()) {
					return content.readAllBytes();
				}
			}
		}
		throw new AssertionError("No attachment in " + mail);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private JsonNode queueEntry(String letterId) {
		for (JsonNode queued : api().get("/api/print-queue", cro()).json()) {
			if (queued.get("letterId").asString().equals(letterId)) {
				return queued;
			}
		}
		return null;
	}

	private int documentsOf(String letterId) {
		return this.jdbc.queryForObject("select count(*) from letter_document where letter_id = ?", Integer.class,
				UUID.fromString(letterId));
	}

	/**
	 * Complete facts about an invented customer, as register-service would answer them.
	 */
	private static EntryLetterDetails details(UUID entryId, String email, String signatoryRole,
			boolean complexOrSensitive) {
		return new EntryLetterDetails(entryId, "Robin Testperson",
				List.of("7 Imaginary Lane", "Nowhere Town", "ZZ9 9ZZ"), email,
				List.of("Shouted at reception staff on 14 October 2026"),
				List.of("Contact the council only in writing"), "Staff were put in fear for their safety",
				LocalDate.of(2027, 10, 30), LocalDate.of(2027, 4, 30), null, signatoryRole, complexOrSensitive);
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
		return draftLetter(entryId, UUID.randomUUID());
	}

	private String draftLetter(UUID entryId, UUID requestId) throws Exception {
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

	private static NoticeWithheld noticeWithheld(UUID entryId, List<UUID> heldRequestIds) {
		return fixture(NoticeWithheld.class, Map.of("entryId", entryId, "heldRequestIds", heldRequestIds));
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
