package uk.gov.cheltenham.psr.platform.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.events.EntryApproved;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EntryRemoved;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.platform.outbox.OutboxRelay;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.KafkaBroker;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reliability mechanisms every service relies on, against a real broker and a real
 * PostgreSQL: outbox across a broker outage, producer configuration, idempotent consumer,
 * bounded retries and the dead-letter topic.
 */
@PsrIntegrationTest
class ReliableMessagingIT {

	private static final String DLQ = "error." + Topics.REGISTER_EVENTS + ".platform-sample";

	@Autowired
	SampleApplication.Notes notes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxRelay relay;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	private SampleApplication.ChannelSeen channelSeen;

	@Value("${local.server.port}")
	int port;

	private final KafkaTestClient kafka = new KafkaTestClient(KafkaBroker.shared().bootstrapServers());

	@Test
	@DisplayName("outbox: an event committed while the broker is down arrives exactly once after it returns")
	void outboxSurvivesBrokerOutage() {
		UUID entryId = UUID.randomUUID();
		EntryPurged event = new EntryPurged(UUID.randomUUID(), Instant.now(), entryId);
		KafkaBroker.shared().stop();
		try {
			this.notes.write(UUID.randomUUID(), event);
			// committed with its state, and held back: the relay cannot reach the broker
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.jdbc.queryForObject(
						"select attempts from outbox_message where message_id = ? and published_at is null",
						Integer.class, event.eventId()) >= 1);
			// visible, not silent: health shows the waiting message and the broker as
			// down
			JsonNode health = ApiClient.local(this.port).get("/actuator/health", null).json();
			assertThat(health.at("/components/outbox/details/pending").asLong()).isPositive();
			assertThat(health.get("status").asString()).isEqualTo("DOWN");
		}
		finally {
			KafkaBroker.shared().restart();
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> this.relay.pending() == 0);
		assertThat(ApiClient.local(this.port)
			.get("/actuator/health", null)
			.json()
			.at("/components/outbox/details/pending")
			.asLong()).isZero();
		assertThat(this.kafka.readAll(Topics.REGISTER_EVENTS, Duration.ofSeconds(5)))
			.filteredOn((record) -> record.key().equals(entryId.toString()))
			.hasSize(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> handledCount(event.eventId()) == 1);
	}

	@Test
	@DisplayName("outbox: a burst committed at once goes out as pipelined batches, in commit order, each once")
	void outboxBurstKeepsOrder() {
		UUID entryId = UUID.randomUUID();
		List<UUID> committed = new ArrayList<>();
		// one transaction: the relay finds all of them at once, more than one batch
		this.transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < 250; i++) {
				EntryPurged event = new EntryPurged(UUID.randomUUID(), Instant.now(), entryId);
				this.notes.write(UUID.randomUUID(), event);
				committed.add(event.eventId());
			}
		});
		await().atMost(Duration.ofSeconds(60)).until(() -> this.relay.pending() == 0);
		List<UUID> published = this.kafka.readAll(Topics.REGISTER_EVENTS, Duration.ofSeconds(5))
			.stream()
			.filter((record) -> record.key().equals(entryId.toString()))
			.map((record) -> UUID.fromString(
					new String(record.headers().lastHeader(Topics.EVENT_ID_HEADER).value(), StandardCharsets.UTF_8)))
			.toList();
		assertThat(published).containsExactlyElementsOf(committed);
		// each marked published by the send that the broker acknowledged, none sent twice
		assertThat(this.jdbc.queryForList("select attempts from outbox_message where message_key = ?", Integer.class,
				entryId.toString()))
			.hasSize(committed.size())
			.containsOnly(1);
	}

	@Test
	@DisplayName("producers: acks=all and idempotence are what the binder really configures")
	void producerConfiguration() {
		this.notes.write(UUID.randomUUID(), new EntryPurged(UUID.randomUUID(), Instant.now(), UUID.randomUUID()));
		await().atMost(Duration.ofSeconds(30)).until(() -> ProducerConfigProbe.lastConfig() != null);
		Map<String, ?> config = ProducerConfigProbe.lastConfig();
		ProducerConfig effective = new ProducerConfig(new java.util.HashMap<String, Object>(config));
		assertThat(effective.getString(ProducerConfig.ACKS_CONFIG)).isIn("all", "-1");
		assertThat(effective.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isTrue();
		assertThat(effective.getLong(ProducerConfig.LINGER_MS_CONFIG)).isZero();
	}

	@Test
	@DisplayName("consumers: the same event delivered twice is handled once")
	void duplicateDeliveryHandledOnce() {
		EntryPurged event = new EntryPurged(UUID.randomUUID(), Instant.now(), UUID.randomUUID());
		this.kafka.sendEvent(event);
		this.kafka.sendEvent(event);
		// one partition, in order: once the sentinel is handled, both copies were seen
		sendSentinelAndAwaitIt();
		assertThat(handledCount(event.eventId())).isEqualTo(1);
	}

	@Test
	@DisplayName("consumers: an event of a type the consumer does not name is skipped unread, with no transaction and no processed-events row")
	void unnamedTypeSkipped() {
		EntryRemoved removed = new EntryRemoved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				LocalDate.now().plusMonths(6));
		this.kafka.sendEvent(removed);
		String unreadable = "unnamed-" + UUID.randomUUID();
		this.kafka.send(Topics.REGISTER_EVENTS, unreadable, "{not json".getBytes(),
				Map.of(Topics.TYPE_HEADER, "EntryRemoved"));
		// one partition, in order: once the sentinel is handled, both were seen
		EntryPurged sentinel = sendSentinelAndAwaitIt();
		assertThat(handledCount(removed.eventId())).isZero();
		assertThat(processedRows(removed.eventId())).isZero();
		assertThat(processedRows(sentinel.eventId())).isOne();
		// a body it would never read is not poison to this consumer
		assertThat(this.kafka.readAll(DLQ, Duration.ofSeconds(2)))
			.noneMatch((record) -> unreadable.equals(record.key()));
		// skipped in the listener container: never in Spring Cloud Stream's pipeline
		assertThat(this.channelSeen.saw(sentinel.aggregateId())).isTrue();
		assertThat(this.channelSeen.saw(removed.aggregateId())).isFalse();
		assertThat(this.channelSeen.saw(unreadable)).isFalse();
	}

	@Test
	@DisplayName("consumers: an event the consumer's condition passes over is skipped in the listener container, with no transaction and no processed-events row")
	void eventNotMeetingTheConditionSkipped() {
		EntryApproved byManager = new EntryApproved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "MANAGER");
		EntryApproved byCssm = new EntryApproved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "CSSM");
		String unreadable = "unreadable-approval-" + UUID.randomUUID();
		this.kafka.sendEvent(byManager);
		this.kafka.sendEvent(byCssm);
		this.kafka.send(Topics.REGISTER_EVENTS, unreadable, "{not json".getBytes(),
				Map.of(Topics.TYPE_HEADER, "EntryApproved"));
		sendSentinelAndAwaitIt();
		assertThat(handledCount(byCssm.eventId())).isOne();
		assertThat(processedRows(byCssm.eventId())).isOne();
		assertThat(handledCount(byManager.eventId())).isZero();
		assertThat(processedRows(byManager.eventId())).isZero();
		// the condition is tested in the listener container: never in Spring Cloud
		// Stream's pipeline
		assertThat(this.channelSeen.saw(byManager.aggregateId())).isFalse();
		assertThat(this.channelSeen.saw(byCssm.aggregateId())).isTrue();
		// a body the condition cannot read is still poison, not skipped
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.readAll(DLQ, Duration.ofSeconds(1))
				.stream()
				.anyMatch((record) -> unreadable.equals(record.key())));
	}

	/**
	 * Sends an event the consumer acts on and waits until it is handled: on the one
	 * partition, everything sent before it has been seen by then.
	 */
	private EntryPurged sendSentinelAndAwaitIt() {
		EntryPurged sentinel = new EntryPurged(UUID.randomUUID(), Instant.now(), UUID.randomUUID());
		this.kafka.sendEvent(sentinel);
		await().atMost(Duration.ofSeconds(30)).until(() -> handledCount(sentinel.eventId()) == 1);
		return sentinel;
	}

	private int processedRows(UUID eventId) {
		return this.jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class,
				eventId);
	}

	@Test
	@DisplayName("consumers: a poison message goes to the dead-letter topic and the next one still goes through")
	void poisonMessageToDeadLetterTopic() {
		String poisonKey = "poison-" + UUID.randomUUID();
		this.kafka.send(Topics.REGISTER_EVENTS, poisonKey, "{not json".getBytes(),
				Map.of(Topics.TYPE_HEADER, "EntryPurged"));
		EntryPurged next = new EntryPurged(UUID.randomUUID(), Instant.now(), UUID.randomUUID());
		this.kafka.sendEvent(next);
		await().atMost(Duration.ofSeconds(60)).until(() -> handledCount(next.eventId()) == 1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.kafka.readAll(DLQ, Duration.ofSeconds(2))
				.stream()
				.anyMatch((record) -> poisonKey.equals(record.key())));
	}

	@Test
	@DisplayName("consumers: a handler that keeps failing is retried a bounded number of times, then dead-lettered, and leaves nothing half-written")
	void failingHandlerDeadLettered() {
		EntryPurged failing = new EntryPurged(UUID.randomUUID(), Instant.now(), SampleApplication.FAILING_ENTRY);
		this.kafka.sendEvent(failing);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.kafka.readAll(DLQ, Duration.ofSeconds(2))
				.stream()
				.anyMatch((record) -> SampleApplication.FAILING_ENTRY.toString().equals(record.key())));
		// the processed-event row and the handler's writes rolled back with each failure
		assertThat(handledCount(failing.eventId())).isZero();
		assertThat(processedRows(failing.eventId())).isZero();
	}

	private int handledCount(UUID eventId) {
		return this.jdbc.queryForObject("select count(*) from sample_handled where event_id = ?", Integer.class,
				eventId);
	}

}
