package uk.gov.cheltenham.psr.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.AppealDecided;
import uk.gov.cheltenham.psr.events.AppealLodged;
import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EntryRemoved;
import uk.gov.cheltenham.psr.events.EntryReviewed;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.IncidentReported;
import uk.gov.cheltenham.psr.events.IncidentReviewed;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.notification.reminder.ReminderJob;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.MailServer;
import uk.gov.cheltenham.psr.testsupport.MailServer.ReceivedMail;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders (M4) on the real broker, PostgreSQL and SMTP server: register and incident
 * events in, the clock moved (never slept), the job run (twice, to show it raises nothing
 * twice), one email to the role's mailbox out.
 * <p>
 * Every event is sent twice, and with the invented customer's name, address, phone and
 * email added to its JSON, as a careless producer might: the service must ignore them,
 * and every reminder text is scanned for them.
 */
@PsrIntegrationTest
@Import(MovableClockConfiguration.class)
class ReminderIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String CRO = "customer.relations@council.example";

	private static final String CSSM = "customer.services.manager@council.example";

	private static final String EXECUTIVE_DIRECTOR = "people.and.change@council.example";

	private static final String MANAGERS = "service.managers@council.example";

	/** The invented customer: none of this may reach a reminder (D1). */
	private static final Map<String, String> CUSTOMER = Map.of("customerName", "Jane Inventedname", "customerAddress",
			"14 Imaginary Road, Cheltenham GL50 9ZZ", "customerPhone", "01242 555 0199", "customerEmail",
			"jane.inventedname@example.org");

	private static final List<String> CUSTOMER_FRAGMENTS = List.of("Jane", "Inventedname", "Imaginary Road", "GL50 9ZZ",
			"01242 555 0199", "555 0199", "01242555", "jane.inventedname", "example.org");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private final MailServer mail = MailServer.shared();

	@LocalServerPort
	private int port;

	@Autowired
	private MovableClock clock;

	@Autowired
	private ReminderJob job;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void backToToday() {
		// what the moved clock queued must go out before time goes back, or it waits
		// years
		await("reminder emails sent").atMost(TIMEOUT)
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from notification_delivery where reminder_id is not null and status = 'PENDING'",
					Integer.class) == 0);
		this.clock.reset();
	}

	@Test
	@DisplayName("M4, R9: a review is reminded of once to the CRO 14 days ahead and once to the CSSM when overdue; a new review date is a new occasion; removal stops it; purge deletes it")
	void reviewDueAndOverdue() throws Exception {
		UUID entryId = UUID.randomUUID();
		LocalDate reviewDue = LocalDate.of(2032, 5, 28);
		sendTwice(event(EntryOpened.class, Map.of("entryId", entryId, "reviewDue", reviewDue.toString())));
		awaitReviewDue(entryId, reviewDue);

		runOn(reviewDue.minusDays(15));
		assertThat(remindersOf(entryId.toString())).isEmpty();

		runOn(reviewDue.minusDays(14));
		ReceivedMail due = awaitOneMail(CRO, entryId.toString());
		assertThat(due.subject())
			.isEqualTo("Personal Safety Register: review of entry " + entryId + " due on " + reviewDue);
		assertThat(due.body()).contains("consult the Personal Safety Register");
		runOn(reviewDue);
		assertThat(mailsAbout(CRO, entryId.toString())).as("once per occasion").hasSize(1);

		runOn(reviewDue.plusDays(1));
		ReceivedMail overdue = awaitOneMail(CSSM, entryId.toString());
		assertThat(overdue.subject()).contains("overdue since " + reviewDue);
		runOn(reviewDue.plusDays(30));
		assertThat(mailsAbout(CSSM, entryId.toString())).hasSize(1);
		assertThat(remindersOf(entryId.toString())).containsExactlyInAnyOrder("REVIEW_DUE", "REVIEW_OVERDUE");

		LocalDate nextReview = reviewDue.plusMonths(6);
		sendTwice(event(EntryReviewed.class, Map.of("entryId", entryId, "nextReviewDue", nextReview.toString(),
				"occurredAt", reviewDue.plusDays(31) + "T09:00:00Z")));
		awaitReviewDue(entryId, nextReview);
		runOn(nextReview.minusDays(14));
		await("a reminder for the new review date").atMost(TIMEOUT)
			.until(() -> mailsAbout(CRO, entryId.toString()).size() == 2);
		assertThat(mailsAbout(CRO, entryId.toString()).get(1).subject()).contains("due on " + nextReview);

		sendTwice(event(EntryRemoved.class, Map.of("entryId", entryId)));
		await("no longer tracked").atMost(TIMEOUT).until(() -> reviewDueOf(entryId).isEmpty());
		runOn(nextReview.plusDays(1));
		assertThat(mailsAbout(CSSM, entryId.toString())).as("no overdue reminder for a removed entry").hasSize(1);
		assertNoPersonalData();

		sendTwice(event(EntryPurged.class, Map.of("entryId", entryId)));
		await("reminders of the purged entry deleted").atMost(TIMEOUT)
			.until(() -> remindersOf(entryId.toString()).isEmpty());
		assertThat(this.jdbc.queryForObject("select count(*) from notification_delivery where entry_id = ?",
				Integer.class, entryId))
			.isZero();
	}

	@Test
	@DisplayName("M4, R11: an appeal undecided for more than 20 days is reminded of once to the Executive Director; a decided one never")
	void appealWaiting() throws Exception {
		UUID entryId = UUID.randomUUID();
		UUID waiting = UUID.randomUUID();
		UUID decided = UUID.randomUUID();
		String lodgedAt = "2032-03-01T10:00:00Z";
		sendTwice(event(AppealLodged.class, Map.of("entryId", entryId, "appealId", decided, "occurredAt", lodgedAt)));
		PsrEvent decision = event(AppealDecided.class, Map.of("entryId", entryId, "appealId", decided));
		sendTwice(decision);
		sendTwice(event(AppealLodged.class, Map.of("entryId", entryId, "appealId", waiting, "occurredAt", lodgedAt)));
		await("appeal tracked").atMost(TIMEOUT)
			.until(() -> this.jdbc.queryForObject("select count(*) from reminder_appeal where appeal_id = ?",
					Integer.class, waiting) == 1);
		awaitProcessed(decision);
		assertThat(this.jdbc.queryForObject("select count(*) from reminder_appeal where appeal_id = ?", Integer.class,
				decided))
			.as("a decided appeal is no longer waiting")
			.isZero();

		runOn(LocalDate.of(2032, 3, 21));
		assertThat(remindersOf(waiting.toString())).isEmpty();

		runOn(LocalDate.of(2032, 3, 22));
		ReceivedMail reminder = awaitOneMail(EXECUTIVE_DIRECTOR, waiting.toString());
		assertThat(reminder.subject()).contains("appeal " + waiting, "waiting since 2032-03-01");
		assertThat(reminder.body()).contains(entryId.toString(), "more than 20 days");
		runOn(LocalDate.of(2032, 4, 30));
		assertThat(mailsAbout(EXECUTIVE_DIRECTOR, waiting.toString())).hasSize(1);

		// the CRO sees it in the reminder log, sent, without the mailbox or the text
		await("reminder shown as SENT").atMost(TIMEOUT)
			.until(() -> "SENT".equals(reminderLine(waiting).path("status").asString()));
		JsonNode line = reminderLine(waiting);
		assertThat(line.get("kind").asString()).isEqualTo("APPEAL_WAITING");
		assertThat(line.get("role").asString()).isEqualTo("EXECUTIVE_DIRECTOR");
		assertThat(line.get("dueDate").asString()).isEqualTo("2032-03-21");
		assertThat(line.get("entryId").asString()).isEqualTo(entryId.toString());
		assertThat(line.get("attempts").asInt()).isEqualTo(1);
		String log = ApiClient.local(this.port)
			.get("/api/reminders", Tokens.shared().forUser("cro-user", "CRO"))
			.body();
		assertThat(log).doesNotContain(EXECUTIVE_DIRECTOR).doesNotContain("more than 20 days");
		assertThat(ApiClient.local(this.port)
			.get("/api/reminders", Tokens.shared().forUser("rep", "REPRESENTATIVE"))
			.status()).isEqualTo(403);
		assertThat(ApiClient.local(this.port).get("/api/reminders", null).status()).isEqualTo(401);
		assertThat(remindersOf(decided.toString())).isEmpty();
		assertNoPersonalData();
	}

	@Test
	@DisplayName("M4, I11: an incident unreviewed after 5 working days is reminded of once to the service managers, on the next working day (not at the weekend); a reviewed one never")
	void incidentWaitingForReview() throws Exception {
		UUID waiting = UUID.randomUUID();
		UUID reviewed = UUID.randomUUID();
		// a Friday afternoon, council time
		String friday = "2032-03-05T15:00:00Z";
		sendTwice(event(IncidentReported.class, Map.of("incidentId", reviewed, "occurredAt", friday)));
		PsrEvent review = event(IncidentReviewed.class, Map.of("incidentId", reviewed));
		sendTwice(review);
		sendTwice(event(IncidentReported.class, Map.of("incidentId", waiting, "occurredAt", friday)));
		await("incident tracked").atMost(TIMEOUT)
			.until(() -> this.jdbc.queryForObject("select count(*) from reminder_incident where incident_id = ?",
					Integer.class, waiting) == 1);
		awaitProcessed(review);
		assertThat(this.jdbc.queryForObject("select count(*) from reminder_incident where incident_id = ?",
				Integer.class, reviewed))
			.as("a reviewed incident is no longer waiting")
			.isZero();

		// Friday 12th is the fifth working day; Saturday and Sunday do not count
		for (LocalDate day : List.of(LocalDate.of(2032, 3, 12), LocalDate.of(2032, 3, 13), LocalDate.of(2032, 3, 14))) {
			runOn(day);
			assertThat(remindersOf(waiting.toString())).as(day.toString()).isEmpty();
		}

		runOn(LocalDate.of(2032, 3, 15));
		ReceivedMail reminder = awaitOneMail(MANAGERS, waiting.toString());
		assertThat(reminder.subject()).contains("incident " + waiting, "awaiting review since 2032-03-05");
		assertThat(reminder.body()).contains("more than 5 working days", "due by 2032-03-12");
		runOn(LocalDate.of(2032, 3, 16));
		assertThat(mailsAbout(MANAGERS, waiting.toString())).hasSize(1);
		assertThat(remindersOf(reviewed.toString())).isEmpty();
		assertNoPersonalData();
	}

	@Test
	@DisplayName("M4, R10: the Governance Group agenda reminder goes once to the CRO 14 days before a configured meeting, listing the entries due for review by then")
	void governanceAgenda() throws Exception {
		UUID entryId = UUID.randomUUID();
		LocalDate meeting = LocalDate.of(2031, 3, 12);
		sendTwice(event(EntryOpened.class, Map.of("entryId", entryId, "reviewDue", "2031-03-01")));
		awaitReviewDue(entryId, LocalDate.of(2031, 3, 1));

		runOn(meeting.minusDays(15));
		assertThat(remindersOf(meeting.toString())).isEmpty();

		// two instances running the job at the same moment still raise it once
		this.clock.moveTo(meeting.minusDays(14), LocalTime.of(9, 0));
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(this.job::run);
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(this.job::run);
		first.get(30, TimeUnit.SECONDS);
		second.get(30, TimeUnit.SECONDS);
		runOn(meeting.minusDays(14));
		ReceivedMail agenda = awaitOneMail(CRO, "Governance Group meeting on " + meeting);
		assertThat(agenda.body()).contains("entry " + entryId);
		runOn(meeting);
		assertThat(mailsAbout(CRO, "Governance Group meeting on " + meeting)).hasSize(1);
		assertThat(remindersOf(meeting.toString())).containsExactly("GOVERNANCE_AGENDA");
		assertNoPersonalData();
	}

	/** Moves the clock to {@code day} and runs the job twice, as two runs would. */
	private void runOn(LocalDate day) {
		this.clock.moveTo(day, LocalTime.of(9, 0));
		this.job.run();
		this.job.run();
	}

	/**
	 * The event-contracts fixture with a fresh event id and the overrides; the invented
	 * customer's details are added when it is sent.
	 */
	private static PsrEvent event(Class<? extends PsrEvent> type, Map<String, Object> overrides) {
		return KafkaTestClient.fromFixture(EventFixtures.json(type), type, overrides);
	}

	/**
	 * Sends the event twice (a redelivery), its JSON padded with the customer's details.
	 */
	private void sendTwice(PsrEvent event) {
		ObjectNode json = (ObjectNode) JSON.readTree(KafkaTestClient.json(event));
		CUSTOMER.forEach(json::put);
		byte[] payload = JSON.writeValueAsBytes(json);
		Map<String, String> headers = Map.of(Topics.TYPE_HEADER, event.type(), Topics.EVENT_ID_HEADER,
				event.eventId().toString());
		this.kafka.send(event.topic(), event.aggregateId(), payload, headers);
		this.kafka.send(event.topic(), event.aggregateId(), payload, headers);
	}

	/**
	 * D1: no reminder text, stored or sent to any role's mailbox (headers included),
	 * holds anything of the invented customer's.
	 */
	private void assertNoPersonalData() throws Exception {
		List<Map<String, Object>> stored = this.jdbc
			.queryForList("select subject, body, recipient from notification_delivery where reminder_id is not null");
		assertThat(stored).isNotEmpty();
		for (Map<String, Object> row : stored) {
			assertNoCustomerDetails(row.toString());
		}
		int scanned = 0;
		for (String mailbox : List.of(CRO, CSSM, EXECUTIVE_DIRECTOR, MANAGERS)) {
			for (ReceivedMail received : this.mail.receivedMessagesFor(mailbox)) {
				ByteArrayOutputStream raw = new ByteArrayOutputStream();
				received.message().writeTo(raw);
				assertNoCustomerDetails(raw.toString(StandardCharsets.UTF_8));
				assertNoCustomerDetails(received.subject() + "\n" + received.body());
				scanned++;
			}
		}
		assertThat(scanned).isPositive();
	}

	private static void assertNoCustomerDetails(String text) {
		for (String fragment : CUSTOMER_FRAGMENTS) {
			assertThat(text).doesNotContainIgnoringCase(fragment);
		}
	}

	private JsonNode reminderLine(UUID subjectId) {
		Response response = ApiClient.local(this.port)
			.get("/api/reminders", Tokens.shared().forUser("cro-user", "CRO"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		for (JsonNode line : response.json()) {
			if (subjectId.toString().equals(line.get("subjectId").asString())) {
				return line;
			}
		}
		throw new AssertionError("No reminder about " + subjectId + " in " + response.body());
	}

	private void awaitProcessed(PsrEvent event) {
		await(event.type() + " processed").atMost(TIMEOUT)
			.until(() -> this.jdbc.queryForObject("select count(*) from processed_event where event_id = ?",
					Integer.class, event.eventId()) == 1);
	}

	private void awaitReviewDue(UUID entryId, LocalDate reviewDue) {
		await("review date " + reviewDue + " tracked").atMost(TIMEOUT)
			.until(() -> reviewDueOf(entryId).equals(List.of(reviewDue)));
	}

	private List<LocalDate> reviewDueOf(UUID entryId) {
		return this.jdbc.queryForList("select review_due from reminder_review where entry_id = ?", LocalDate.class,
				entryId);
	}

	private List<String> remindersOf(String subjectId) {
		return this.jdbc.queryForList("select kind from reminder where subject_id = ?", String.class, subjectId);
	}

	private ReceivedMail awaitOneMail(String mailbox, String about) {
		await("reminder about " + about + " to " + mailbox).atMost(TIMEOUT)
			.until(() -> !mailsAbout(mailbox, about).isEmpty());
		List<ReceivedMail> mails = mailsAbout(mailbox, about);
		assertThat(mails).as("exactly one reminder").hasSize(1);
		assertThat(mails.get(0).to()).containsExactly(mailbox);
		return mails.get(0);
	}

	private List<ReceivedMail> mailsAbout(String mailbox, String about) {
		return this.mail.receivedMessagesFor(mailbox)
			.stream()
			.filter((received) -> received.subject().contains(about))
			.toList();
	}

}
