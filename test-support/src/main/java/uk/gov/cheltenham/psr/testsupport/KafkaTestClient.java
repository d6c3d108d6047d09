package uk.gov.cheltenham.psr.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;

/**
 * Plain Kafka clients for tests: publish an event the way a PSR producer does (JSON,
 * aggregate id as key, type and id headers), publish raw bytes (poison messages), read a
 * whole topic from the start, and wait for a record to arrive on one.
 */
public final class KafkaTestClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String bootstrapServers;

	public KafkaTestClient(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/** A client for the JVM-wide shared broker. */
	public static KafkaTestClient shared() {
		return new KafkaTestClient(KafkaBroker.shared().bootstrapServers());
	}

	/**
	 * Serialises an event as its producer would, e.g. a fixture read with
	 * {@link #fromFixture}.
	 */
	public static byte[] json(Object value) {
		return JSON.writeValueAsBytes(value);
	}

	/**
	 * Reads an event-contracts fixture into its record, with overrides applied.
	 * @param fixtureJson the fixture, from {@code EventFixtures.json(type)}
	 * @param type the event type
	 * @param overrides field values to replace (ids, for example)
	 * @param <T> the event type
	 * @return the event
	 */
	public static <T extends PsrEvent> T fromFixture(String fixtureJson, Class<T> type, Map<String, Object> overrides) {
		var tree = (tools.jackson.databind.node.ObjectNode) JSON.readTree(fixtureJson);
		overrides.forEach((field, value) -> tree.set(field, JSON.valueToTree(value)));
		if (!overrides.containsKey("eventId")) {
			tree.put("eventId", UUID.randomUUID().toString());
		}
		return JSON.treeToValue(tree, type);
	}

	public void sendEvent(PsrEvent event) {
		send(event.topic(), event.aggregateId(), json(event),
				Map.of(Topics.TYPE_HEADER, event.type(), Topics.EVENT_ID_HEADER, event.eventId().toString()));
	}

	public void send(String topic, String key, byte[] value, Map<String, String> headers) {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new ByteArraySerializer())) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
			headers.forEach(
					(name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + topic, ex);
		}
	}

	/**
	 * Every record on the topic, from the start to its end as it was when called, waiting
	 * at most {@code timeout} for them. A missing topic reads as empty.
	 */
	public List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration timeout) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
			if (partitions == null || partitions.isEmpty()) {
				return records;
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(assigned);
			consumer.seekToBeginning(assigned);
			Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline && !reachedEnd(consumer, end)) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

	/**
	 * The first record on the topic that {@code match} accepts, reading the topic again
	 * from the start until one has arrived or {@code timeout} has passed. For records
	 * that arrive some time after the test acts: dead letters, events relayed from an
	 * outbox.
	 * @param topic the topic
	 * @param match the record looked for, e.g. by key
	 * @param timeout how long to wait at most
	 * @return the record
	 * @throws AssertionError if no record matched in time
	 */
	public ConsumerRecord<String, byte[]> awaitRecord(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
			Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			for (ConsumerRecord<String, byte[]> record : readAll(topic, Duration.ofSeconds(2))) {
				if (match.test(record)) {
					return record;
				}
			}
			if (System.nanoTime() >= deadline) {
				throw new AssertionError("No matching record on " + topic + " within " + timeout);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted waiting for a record on " + topic, ex);
			}
		}
	}

	/** The record values as UTF-8 text; a tombstone reads as null. */
	public static String text(ConsumerRecord<String, byte[]> record) {
		return (record.value() != null) ? new String(record.value(), StandardCharsets.UTF_8) : null;
	}

	/** A header's value as text, or null. */
	public static String header(ConsumerRecord<String, byte[]> record, String name) {
		var header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
	}

}
