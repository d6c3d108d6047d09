package uk.gov.cheltenham.psr.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.apache.kafka.common.header.Header;

import uk.gov.cheltenham.psr.events.Topics;

/**
 * A plain consumer of one topic, reading from the end, as a team system reads
 * {@code psr.markers}: notes when each key (e.g. {@code team:reference}) first appears
 * here, and the record's own timestamp (when its producer sent it, wall clock), so the
 * time can be split by stage.
 */
final class TopicWatcher implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();

	private final Map<String, Long> producedAtMillis = new ConcurrentHashMap<>();

	private final Map<String, Long> arrivedAtMillis = new ConcurrentHashMap<>();

	private final String eventType;

	private final Thread poller;

	private volatile boolean running = true;

	/**
	 * Starts reading from the end.
	 * @param bootstrapServers the broker
	 * @param topic the topic
	 * @param eventType only records with this {@code psr_event_type} header, or null
	 */
	TopicWatcher(String bootstrapServers, String topic, String eventType) {
		this.eventType = eventType;
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "psr-benchmark-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		this.consumer = new KafkaConsumer<>(properties);
		this.consumer.subscribe(List.of(topic));
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (this.consumer.assignment().isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("No assignment of " + topic + " within 60 s");
			}
			this.consumer.poll(Duration.ofMillis(100));
		}
		// fixes the starting offsets at the end now, before any decision is sent
		for (TopicPartition partition : this.consumer.assignment()) {
			this.consumer.position(partition);
		}
		this.poller = new Thread(this::poll, "psr-bench-markers");
		this.poller.setDaemon(true);
		this.poller.start();
	}

	/** When {@code key} was first seen, in nanoTime, or null. */
	Long arrivalOf(String key) {
		return this.firstArrival.get(key);
	}

	/** When the producer sent the first record of {@code key}, epoch ms, or null. */
	Long producedAtMillis(String key) {
		return this.producedAtMillis.get(key);
	}

	/** When the first record of {@code key} arrived here, epoch ms, or null. */
	Long arrivedAtMillis(String key) {
		return this.arrivedAtMillis.get(key);
	}

	private boolean wanted(ConsumerRecord<String, byte[]> record) {
		if (record.key() == null || record.value() == null) {
			return false;
		}
		if (this.eventType == null) {
			return true;
		}
		Header type = record.headers().lastHeader(Topics.TYPE_HEADER);
		return type != null && this.eventType.equals(new String(type.value(), StandardCharsets.UTF_8));
	}

	private void poll() {
		while (this.running) {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
				long now = System.nanoTime();
				long wallNow = System.currentTimeMillis();
				if (wanted(record) && this.firstArrival.putIfAbsent(record.key(), now) == null) {
					this.producedAtMillis.put(record.key(), record.timestamp());
					this.arrivedAtMillis.put(record.key(), wallNow);
				}
			}
		}
		this.consumer.close();
	}

	@Override
	public void close() {
		this.running = false;
		try {
			this.poller.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
