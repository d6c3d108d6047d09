package uk.gov.cheltenham.psr.notification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.MarkerSet;
import uk.gov.cheltenham.psr.events.MarkerWithdrawn;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.notification.delivery.NotificationSender;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.MailServer;
import uk.gov.cheltenham.psr.testsupport.MailServer.ReceivedMail;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The service on the real broker, PostgreSQL and SMTP server: register events in, team
 * emails out, the admin API at the edge.
 */
@PsrIntegrationTest
@Import(MovableClockConfiguration.class)
class NotificationServiceIT {

	private static final String DLQ = "error." + Topics.REGISTER_EVENTS + ".notification-service";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final List<String> PERSONAL = List.of("Jane", "Doe", "Street", "Road", "Cheltenham GL",
			"date of birth", "assault", "threat", "restriction");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	private final MailServer mail = MailServer.shared();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private NotificationSender sender;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	@Qualifier("notificationSenderWorker")
	private PollingWorker senderWorker;

	private static TeamWebhookServer webhooks;

	@BeforeAll
	static void startTeamWebhooks() throws Exception {
		webhooks = new TeamWebhookServer();
	}

	@AfterAll
	static void stopTeamWebhooks() {
		webhooks.close();
	}

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
		for (String personal : PERSONAL) {
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
	@DisplayName("D3: telling a team that its customer reference is on the register leaves a disclosure line in the hash-chained trail, naming the service, the entry and the delivery")
	void markerNoticeIsAuditedAsDisclosure() throws Exception {
		String mailbox = uniqueMailbox();
		subscribe("housing", mailbox, true);
		UUID entryId = UUID.randomUUID();
		MarkerSet event = fixture(MarkerSet.class, Map.of("entryId", entryId, "reference", "HSG-AUDIT"));

		this.kafka.sendEvent(event);
		awaitMail(mailbox, "HSG-AUDIT");

		// the mail server has the mail a moment before the SENT row and its audit line
		// commit
		await("audit line").atMost(TIMEOUT).until(() -> !this.auditTrail.about("entry", entryId.toString()).isEmpty());
		UUID deliveryId = this.jdbc.queryForObject("select id from notification_delivery where event_id = ?",
				UUID.class, event.eventId());
		assertThat(this.auditTrail.about("entry", entryId.toString())).singleElement().satisfies((line) -> {
			assertThat(line.actor()).isEqualTo("notification-service");
			assertThat(line.action()).isEqualTo("DISCLOSE");
			assertThat(line.detail()).contains("delivery=" + deliveryId, "team=housing").doesNotContain("HSG-AUDIT");
		});
		assertThat(this.auditTrail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("M3: a MarkerSet delivered twice calls the team webhook exactly once, signed with its secret, with no personal data (D1)")
	void webhookOnceSignedWithoutPersonalData() throws Exception {
		String endpoint = webhooks.newEndpoint();
		String mailbox = uniqueMailbox();
		Response created = api().post("/api/subscriptions", cro(), "{\"team\":\"housing\",\"email\":\"" + mailbox
				+ "\",\"webhookUrl\":\"" + webhooks.url(endpoint) + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID subscriptionId = UUID.fromString(created.json().get("id").asString());
		String secret = created.json().get("webhookSecret").asString();
		assertThat(secret).matches("[0-9a-f]{64}");
		// the secret is shown once: never in a listing
		String listing = api().get("/api/subscriptions", cro()).body();
		assertThat(listing).contains(subscriptionId.toString()).doesNotContain(secret).doesNotContain("webhookSecret");

		MarkerSet event = fixture(MarkerSet.class, Map.of());
		String entryId = event.entryId().toString();
		this.kafka.sendEvent(event);
		this.kafka.sendEvent(event);
		// same key, so consumed after both copies
		this.kafka.sendEvent(fixture(MarkerSet.class, Map.of("entryId", entryId, "reference", "HSG-SENTINEL")));
		awaitWebhookCall(endpoint, "HSG-SENTINEL");
		await("both channels sent").atMost(TIMEOUT)
			.until(() -> statusesOf(event.eventId()).equals(Map.of("EMAIL", "SENT", "WEBHOOK", "SENT")));
		awaitMail(mailbox, "HSG-000123");

		List<TeamWebhookServer.Call> calls = webhookCalls(endpoint, "HSG-000123");
		assertThat(calls).hasSize(1);
		TeamWebhookServer.Call call = calls.get(0);
		long timestamp = Long.parseLong(call.header("PSR-Timestamp"));
		assertThat(timestamp).isCloseTo(Instant.now().getEpochSecond(), within(60L));
		assertThat(call.header("PSR-Signature"))
			.isEqualTo("sha256=" + hmacSha256Hex(secret, timestamp + ".", call.body()));
		assertThat(call.header("Content-Type")).startsWith("application/json");

		Map<String, Object> body = JSON.readValue(call.body(), Map.class);
		assertThat(body).containsOnlyKeys("event", "team", "reference", "occurredAt", "deliveryId")
			.containsEntry("event", "MARKER_SET")
			.containsEntry("team", "housing")
			.containsEntry("reference", "HSG-000123");
		assertThat(Instant.parse((String) body.get("occurredAt")))
			.isEqualTo(event.occurredAt().truncatedTo(ChronoUnit.MICROS));
		UUID webhookDelivery = this.jdbc.queryForObject(
				"select id from notification_delivery where event_id = ? and channel = 'WEBHOOK'", UUID.class,
				event.eventId());
		assertThat(body.get("deliveryId")).isEqualTo(webhookDelivery.toString());
		assertThat(call.header("PSR-Delivery-Id")).isEqualTo(webhookDelivery.toString());
		String raw = new String(call.body(), StandardCharsets.UTF_8);
		assertThat(raw).doesNotContain(entryId).doesNotContain(event.eventId().toString()).doesNotContain("@");
		for (String personal : PERSONAL) {
			assertThat(raw).doesNotContainIgnoringCase(personal);
		}
		call.headers().values().forEach((value) -> assertThat(value).doesNotContain("HSG-000123"));
	}

	@Test
	@DisplayName("M3: the API description tells a team how to verify a webhook call, and offers the re-drive")
	void apiDescriptionDocumentsWebhooks() {
		Response docs = api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("PSR-Signature", "PSR-Timestamp", "PSR-Delivery-Id", "HMAC-SHA256",
				"webhookSecret", "/api/deliveries/{id}/redrive");
	}

	@Test
	@DisplayName("M3: a webhook answering 500 is retried with backoff and then SENT; the team's email is not held back")
	void webhookRetriedThenSent() throws Exception {
		String endpoint = webhooks.newEndpoint();
		webhooks.answer(endpoint, (n) -> (n == 1) ? 500 : 200);
		String mailbox = uniqueMailbox();
		subscribeWithWebhook("housing", mailbox, webhooks.url(endpoint));
		MarkerWithdrawn event = fixture(MarkerWithdrawn.class, Map.of());

		this.kafka.sendEvent(event);

		await("webhook sent after a retry").atMost(TIMEOUT)
			.until(() -> "SENT".equals(statusesOf(event.eventId()).get("WEBHOOK")));
		assertThat(statusesOf(event.eventId())).containsEntry("EMAIL", "SENT");
		List<TeamWebhookServer.Call> calls = webhookCalls(endpoint, "HSG-000123");
		assertThat(calls).hasSize(2);
		assertThat(calls.get(1).header("PSR-Delivery-Id")).isEqualTo(calls.get(0).header("PSR-Delivery-Id"));
		assertThat(JSON.readValue(calls.get(1).body(), Map.class)).containsEntry("event", "MARKER_WITHDRAWN");
		Map<String, Object> row = this.jdbc.queryForMap(
				"select attempts, last_error from notification_delivery where event_id = ? and channel = 'WEBHOOK'",
				event.eventId());
		assertThat(row.get("attempts")).isEqualTo(2);
		assertThat(row.get("last_error")).isEqualTo("webhook answered HTTP 500");
	}

	@Test
	@DisplayName("M3: a webhook that never answers is parked as FAILED after the bounded attempts, without holding back another team's webhook and email; the CRO re-drives it")
	void hangingWebhookParkedThenRedriven() throws Exception {
		String hanging = webhooks.newEndpoint();
		AtomicBoolean mended = new AtomicBoolean();
		webhooks.answer(hanging, (n) -> {
			if (!mended.get()) {
				// far past the read timeout (1 s under test)
				Thread.sleep(10_000);
			}
			return 204;
		});
		String healthy = webhooks.newEndpoint();
		String planningMailbox = uniqueMailbox();
		String revenuesMailbox = uniqueMailbox();
		subscribeWithWebhook("planning", planningMailbox, webhooks.url(hanging));
		subscribeWithWebhook("revenues", revenuesMailbox, webhooks.url(healthy));
		MarkerSet planning = fixture(MarkerSet.class, Map.of("team", "planning", "reference", "PLN-HANG"));
		MarkerSet revenues = fixture(MarkerSet.class, Map.of("team", "revenues", "reference", "REV-OK"));

		this.kafka.sendEvent(planning);
		await("first call to the hanging webhook").atMost(TIMEOUT).until(() -> !webhooks.callsTo(hanging).isEmpty());
		this.kafka.sendEvent(revenues);

		TeamWebhookServer.Call revenuesCall = awaitWebhookCall(healthy, "REV-OK");
		awaitMail(revenuesMailbox, "REV-OK");
		awaitMail(planningMailbox, "PLN-HANG");
		await("hanging webhook parked").atMost(TIMEOUT)
			.until(() -> "FAILED".equals(statusesOf(planning.eventId()).get("WEBHOOK")));
		List<TeamWebhookServer.Call> hangingCalls = webhooks.callsTo(hanging);
		assertThat(hangingCalls).as("bounded attempts (3 under test)").hasSize(3);
		assertThat(revenuesCall.receivedAt()).as("the other team was not kept waiting until the hanging one was parked")
			.isBefore(hangingCalls.get(2).receivedAt());
		assertThat(statusesOf(planning.eventId())).containsEntry("EMAIL", "SENT");

		// visible in the delivery log, without the reference
		Response failed = api().get("/api/deliveries?status=FAILED", cro());
		JsonNode line = find(failed.json(), "eventId", planning.eventId().toString());
		assertThat(line.get("channel").asString()).isEqualTo("WEBHOOK");
		assertThat(line.get("team").asString()).isEqualTo("planning");
		assertThat(line.get("attempts").asInt()).isEqualTo(3);
		assertThat(line.get("lastError").asString()).contains("HttpTimeoutException");
		assertThat(failed.body()).doesNotContain("PLN-HANG").doesNotContain(hanging);
		String deliveryId = line.get("id").asString();

		mended.set(true);
		Response redriven = api().post("/api/deliveries/" + deliveryId + "/redrive", cro());
		assertThat(redriven.status()).as(redriven.body()).isEqualTo(200);
		assertThat(redriven.json().get("status").asString()).isEqualTo("PENDING");
		await("re-driven webhook sent").atMost(TIMEOUT)
			.until(() -> "SENT".equals(statusesOf(planning.eventId()).get("WEBHOOK")));
		List<TeamWebhookServer.Call> afterRedrive = webhooks.callsTo(hanging);
		assertThat(afterRedrive).hasSize(4);
		assertThat(afterRedrive.get(3).header("PSR-Delivery-Id")).isEqualTo(deliveryId);

		Response again = api().post("/api/deliveries/" + deliveryId + "/redrive", cro());
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().get("rule").asString()).isEqualTo("M3");
		assertThat(api().post("/api/deliveries/" + UUID.randomUUID() + "/redrive", cro()).status()).isEqualTo(404);
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
	@DisplayName("D2: the subscription, delivery and re-drive APIs need a token (401) and the CRO role (403)")
	void security() throws Exception {
		String representative = Tokens.shared().forUser("rep", "REPRESENTATIVE");
		String body = "{\"team\":\"housing\",\"email\":\"" + uniqueMailbox() + "\"}";

		assertThat(api().get("/api/subscriptions", null).status()).isEqualTo(401);
		assertThat(api().get("/api/deliveries", null).status()).isEqualTo(401);
		assertThat(api().post("/api/subscriptions", null, body).status()).isEqualTo(401);
		assertThat(api().delete("/api/subscriptions/" + UUID.randomUUID(), null).status()).isEqualTo(401);
		assertThat(api().post("/api/deliveries/" + UUID.randomUUID() + "/redrive", null).status()).isEqualTo(401);

		assertThat(api().get("/api/subscriptions", representative).status()).isEqualTo(403);
		assertThat(api().get("/api/deliveries", representative).status()).isEqualTo(403);
		assertThat(api().post("/api/subscriptions", representative, body).status()).isEqualTo(403);
		assertThat(api().delete("/api/subscriptions/" + UUID.randomUUID(), representative).status()).isEqualTo(403);
		assertThat(api().post("/api/deliveries/" + UUID.randomUUID() + "/redrive", representative).status())
			.isEqualTo(403);
	}

	@Test
	@DisplayName("M3, D1: bad subscription input (a plain-HTTP webhook included) is a 400 problem naming the field")
	void validation() throws Exception {
		assertBadField("{\"team\":\"housing\",\"email\":\"not-an-address\"}", "email");
		assertBadField("{\"team\":\" \",\"email\":\"" + uniqueMailbox() + "\"}", "team");
		assertBadField("{\"team\":\"housing\",\"email\":\"" + uniqueMailbox()
				+ "\",\"webhookUrl\":\"http://housing.council.example/psr\"}", "webhookUrl");
		assertBadField("{\"team\":\"housing\",\"email\":\"" + uniqueMailbox() + "\",\"webhookUrl\":\"not a url\"}",
				"webhookUrl");
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

	private UUID subscribeWithWebhook(String team, String mailbox, String webhookUrl) throws Exception {
		Response response = api().post("/api/subscriptions", cro(),
				"{\"team\":\"" + team + "\",\"email\":\"" + mailbox + "\",\"webhookUrl\":\"" + webhookUrl + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return UUID.fromString(response.json().get("id").asString());
	}

	/** Status by channel of an event's deliveries. */
	private Map<String, String> statusesOf(UUID eventId) {
		Map<String, String> statuses = new HashMap<>();
		this.jdbc.query("select channel, status from notification_delivery where event_id = ?",
				(RowCallbackHandler) (row) -> statuses.put(row.getString("channel"), row.getString("status")), eventId);
		return statuses;
	}

	private TeamWebhookServer.Call awaitWebhookCall(String endpoint, String reference) {
		await("webhook call about " + reference).atMost(TIMEOUT)
			.until(() -> !webhookCalls(endpoint, reference).isEmpty());
		return webhookCalls(endpoint, reference).get(0);
	}

	private static List<TeamWebhookServer.Call> webhookCalls(String endpoint, String reference) {
		return webhooks.callsTo(endpoint)
			.stream()
			.filter((call) -> reference.equals(JSON.readValue(call.body(), Map.class).get("reference")))
			.toList();
	}

	/** Computed here, not with the service's own signer: what a receiver would do. */
	private static String hmacSha256Hex(String secret, String prefix, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		mac.update(prefix.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac.doFinal(body));
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
