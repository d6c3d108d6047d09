package uk.gov.cheltenham.psr.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.MarkerSet;
import uk.gov.cheltenham.psr.events.MarkerWithdrawn;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.notification.delivery.NotificationSender;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;
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
 * The service on the real broker, PostgreSQL and SMTP server: register events in, team
 * emails out, the admin API at the edge.
 */
@PsrIntegrationTest
class NotificationServiceIT {

	private static final String DLQ = "error." + Topics.REGISTER_EVENTS + ".notification-service";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private final MailServer mail = MailServer.shared();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private NotificationSender sender;

	@Autowired
	@Qualifier("notificationSenderWorker")
	private PollingWorker senderWorker;

	@BeforeEach
	void noSubscriptions() {
		// each test subscribes its own mailboxes
		this.jdbc.update("delete from team_subscription");
	}

	@Test
	@DisplayName("M3: a MarkerSet delivered twice sends the team exactly one email, with the reference and no personal data (D1)")
	void markerSetOnceWithoutPersonalData() throws Exception {
		String mailbox = uniqueMailbox();
		String inactiveMailbox = uniqueMailbox();
		UUID active = subscribe("housing", mailbox, true);
		UUID inactive = subscribe("Housing", inactiveMailbox, false);
		MarkerSet event = fixture(MarkerSet.class, Map.of());
		UUID eventId = event.eventId();
		String entryId = event.entryId().toString();

		this.kafka.sendEvent(event);
		this.kafka.sendEvent(event);
		// same key, so consumed after both copies: once it is mailed, the duplicate was
		// seen
		MarkerSet sentinel = fixture(MarkerSet.class, Map.of("entryId", entryId, "reference", "HSG-SENTINEL"));
		this.kafka.sendEvent(sentinel);
		awaitMail(mailbox, "HSG-SENTINEL");

		List<ReceivedMail> mails = mailsFor(mailbox, "HSG-000123");
		assertThat(mails).hasSize(1);
		ReceivedMail received = mails.get(0);
		assertThat(received.from()).containsExactly("psr@council.example");
		assertThat(received.subject()).isEqualTo("Personal Safety Register: customer HSG-000123 added");
		assertThat(received.body().strip())
			.isEqualTo("Customer reference HSG-000123 in your housing system has been added to the Personal Safety "
					+ "Register. Please consult the register before contact. Do not copy register details into "
					+ "your system.");
		// nothing about the customer or the entry anywhere in the message, headers
		// included
		String raw = raw(received);
		assertThat(raw).doesNotContain(entryId).doesNotContain(eventId.toString());
		for (String personal : List.of("Jane", "Doe", "Street", "Road", "Cheltenham GL", "date of birth", "assault",
				"threat", "restriction")) {
			assertThat(raw).doesNotContainIgnoringCase(personal);
		}
		assertThat(this.jdbc.queryForList("select status from notification_delivery where event_id = ?", String.class,
				eventId))
			.as("one delivery, to the active subscription")
			.containsExactly("SENT");
		assertThat(this.jdbc.queryForObject("select subscription_id from notification_delivery where event_id = ?",
				UUID.class, eventId))
			.isEqualTo(active);
		assertThat(this.jdbc.queryForObject("select count(*) from notification_delivery where subscription_id = ?",
				Integer.class, inactive))
			.isZero();
		assertThat(this.mail.receivedMessagesFor(inactiveMailbox)).isEmpty();

		// the delivery log shows the status, not the reference or the mailbox
		Response log = api().get("/api/deliveries?status=SENT", cro());
		assertThat(log.status()).isEqualTo(200);
		JsonNode entries = log.json();
		JsonNode line = find(entries, "eventId", eventId.toString());
		assertThat(line.get("status").asString()).isEqualTo("SENT");
		assertThat(line.get("attempts").asInt()).isEqualTo(1);
		assertThat(line.get("team").asString()).isEqualTo("housing");
		assertThat(log.body()).doesNotContain("HSG-000123").doesNotContain(mailbox);
	}

	@Test
	@DisplayName("M3, R12: a MarkerWithdrawn tells the team the customer was removed; EntryPurged deletes the deliveries")
	void withdrawnThenPurged() throws Exception {
		String mailbox = uniqueMailbox();
		subscribe("housing", mailbox, true);
		MarkerWithdrawn withdrawn = fixture(MarkerWithdrawn.class, Map.of());
		String entryId = withdrawn.entryId().toString();

		this.kafka.sendEvent(withdrawn);

		ReceivedMail received = awaitMail(mailbox, "HSG-000123");
		assertThat(received.subject()).isEqualTo("Personal Safety Register: customer HSG-000123 removed");
		assertThat(received.body()).contains("has been removed from the Personal Safety Register");
		assertThat(deliveriesOfEntry(entryId)).isEqualTo(1);

		this.kafka.sendEvent(fixture(EntryPurged.class, Map.of("entryId", entryId)));

		await("deliveries of the purged entry deleted").atMost(TIMEOUT).until(() -> deliveriesOfEntry(entryId) == 0);
	}

	@Test
	@DisplayName("M3: an unreadable event goes to the dead-letter topic and the next one is still processed")
	void poisonToDeadLetterTopic() throws Exception {
		String mailbox = uniqueMailbox();
		subscribe("housing", mailbox, true);
		String poisonKey = UUID.randomUUID().toString();
		byte[] garbage = "{not json at all".getBytes(StandardCharsets.UTF_8);
		this.kafka.send(Topics.REGISTER_EVENTS, poisonKey, garbage, Map.of(Topics.TYPE_HEADER, "MarkerSet"));
		MarkerSet good = fixture(MarkerSet.class, Map.of("reference", "HSG-AFTER-POISON"));

		this.kafka.sendEvent(good);

		awaitMail(mailbox, "HSG-AFTER-POISON");
		// fails the test unless the poison message reaches the dead-letter topic
		ConsumerRecord<String, byte[]> dead = this.kafka.awaitRecord(DLQ, (record) -> poisonKey.equals(record.key()),
				TIMEOUT);
		assertThat(dead.value()).isEqualTo(garbage);
	}

	@Test
	@DisplayName("D2: the subscription and delivery APIs need a token (401) and the CRO role (403)")
	void security() throws Exception {
		String representative = Tokens.shared().forUser("rep", "REPRESENTATIVE");
		String body = "{\"team\":\"housing\",\"email\":\"" + uniqueMailbox() + "\"}";

		assertThat(api().get("/api/subscriptions", null).status()).isEqualTo(401);
		assertThat(api().get("/api/deliveries", null).status()).isEqualTo(401);
		assertThat(api().post("/api/subscriptions", null, body).status()).isEqualTo(401);
		assertThat(api().delete("/api/subscriptions/" + UUID.randomUUID(), null).status()).isEqualTo(401);

		assertThat(api().get("/api/subscriptions", representative).status()).isEqualTo(403);
		assertThat(api().get("/api/deliveries", representative).status()).isEqualTo(403);
		assertThat(api().post("/api/subscriptions", representative, body).status()).isEqualTo(403);
		assertThat(api().delete("/api/subscriptions/" + UUID.randomUUID(), representative).status()).isEqualTo(403);
	}

	@Test
	@DisplayName("M3: bad subscription input is a 400 problem naming the field")
	void validation() throws Exception {
		assertBadField("{\"team\":\"housing\",\"email\":\"not-an-address\"}", "email");
		assertBadField("{\"team\":\" \",\"email\":\"" + uniqueMailbox() + "\"}", "team");
		assertBadField("{\"team\":\"housing\",\"email\":\"" + uniqueMailbox()
				+ "\",\"webhookUrl\":\"http://housing.council.example/psr\"}", "webhookUrl");
		assertBadField("{\"team\":\"housing\",\"email\":\"" + uniqueMailbox() + "\",\"active\":\"maybe\"}", "active");
		assertThat(api().get("/api/deliveries?status=LOST", cro()).status()).isEqualTo(400);
	}

	@Test
	@DisplayName("M3: the CRO lists, adds and removes subscriptions; a mailbox is subscribed once per team")
	void subscriptionLifecycle() throws Exception {
		String mailbox = uniqueMailbox();
		UUID id = subscribe("Revenues", mailbox, true);

		JsonNode listed = find(api().get("/api/subscriptions", cro()).json(), "id", id.toString());
		assertThat(listed.get("team").asString()).isEqualTo("revenues");
		assertThat(listed.get("email").asString()).isEqualTo(mailbox);
		assertThat(listed.get("active").asBoolean()).isTrue();
		assertThat(listed.get("createdBy").asString()).isEqualTo("cro-user");

		Response duplicate = api().post("/api/subscriptions", cro(),
				"{\"team\":\"revenues\",\"email\":\"" + mailbox.toUpperCase() + "\"}");
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.json().get("rule").asString()).isEqualTo("M3");

		assertThat(api().delete("/api/subscriptions/" + id, cro()).status()).isEqualTo(204);
		assertThat(api().delete("/api/subscriptions/" + id, cro()).status()).isEqualTo(404);
		assertThat(api().get("/api/subscriptions", cro()).body()).doesNotContain(id.toString());
	}

	@Test
	@DisplayName("M3: once a subscription is removed, its notifications still waiting are cancelled, not sent")
	void removedSubscriptionGetsNothingMore() throws Exception {
		String mailbox = uniqueMailbox();
		UUID id = subscribe("housing", mailbox, true);
		MarkerSet event = fixture(MarkerSet.class, Map.of("reference", "HSG-NEVER-SENT"));
		UUID eventId = event.eventId();
		// hold the sender so the delivery stays pending
		this.senderWorker.stop();
		try {
			this.kafka.sendEvent(event);
			await("pending delivery").atMost(TIMEOUT).until(() -> "PENDING".equals(statusOf(eventId)));

			assertThat(api().delete("/api/subscriptions/" + id, cro()).status()).isEqualTo(204);
			assertThat(statusOf(eventId)).isEqualTo("CANCELLED");
		}
		finally {
			this.senderWorker.start();
		}
		this.sender.sendDue();
		assertThat(mailsFor(mailbox, "HSG-NEVER-SENT")).isEmpty();
		assertThat(statusOf(eventId)).isEqualTo("CANCELLED");
	}

	private String statusOf(UUID eventId) {
		List<String> statuses = this.jdbc.queryForList("select status from notification_delivery where event_id = ?",
				String.class, eventId);
		return statuses.isEmpty() ? null : statuses.get(0);
	}

	private void assertBadField(String body, String field) throws Exception {
		Response response = api().post("/api/subscriptions", cro(), body);
		assertThat(response.status()).as(body).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).as(response.body()).contains(field);
	}

	private UUID subscribe(String team, String mailbox, boolean active) throws Exception {
		Response response = api().post("/api/subscriptions", cro(),
				"{\"team\":\"" + team + "\",\"email\":\"" + mailbox + "\",\"active\":" + active + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return UUID.fromString(response.json().get("id").asString());
	}

	/**
	 * The event-contracts fixture with a fresh event id and entry id, then the overrides.
	 */
	private static <T extends PsrEvent> T fixture(Class<T> type, Map<String, Object> overrides) {
		Map<String, Object> fields = new HashMap<>(Map.of("entryId", UUID.randomUUID()));
		fields.putAll(overrides);
		return KafkaTestClient.fromFixture(EventFixtures.json(type), type, fields);
	}

	private ReceivedMail awaitMail(String mailbox, String reference) {
		await("email about " + reference + " to " + mailbox).atMost(TIMEOUT)
			.until(() -> !mailsFor(mailbox, reference).isEmpty());
		return mailsFor(mailbox, reference).get(0);
	}

	private List<ReceivedMail> mailsFor(String mailbox, String reference) {
		return this.mail.receivedMessagesFor(mailbox)
			.stream()
			.filter((mail) -> mail.subject().contains(reference))
			.toList();
	}

	private int deliveriesOfEntry(String entryId) {
		return this.jdbc.queryForObject("select count(*) from notification_delivery where entry_id = ?::uuid",
				Integer.class, entryId);
	}

	private static String raw(ReceivedMail received) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		received.message().writeTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode node : array) {
			if (value.equals(node.get(field).asString())) {
				return node;
			}
		}
		throw new AssertionError("No element with " + field + "=" + value + " in " + array);
	}

	private static String uniqueMailbox() {
		return "team-" + UUID.randomUUID().toString().substring(0, 8) + "@council.example";
	}

	private static String cro() {
		return Tokens.shared().forUser("cro-user", "CRO");
	}

	private ApiClient api() {
		return ApiClient.local(this.port);
	}

}
