package uk.gov.cheltenham.psr.benchmarks;

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

import uk.gov.cheltenham.psr.events.Topics;

/**
 * A team system's plain consumer of {@code psr.markers}, reading from the end: notes when
 * each key ({@code team:reference}) first appears.
 */
final class MarkerWatcher implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();

	private final Thread poller;

	private volatile boolean running = true;

	MarkerWatcher(String bootstrapServers) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "psr-benchmark-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		this.consumer = new KafkaConsumer<>(properties);
		this.consumer.subscribe(List.of(Topics.MARKERS));
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (this.consumer.assignment().isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("No assignment of " + Topics.MARKERS + " within 60 s");
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

	private void poll() {
		while (this.running) {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
				long now = System.nanoTime();
				if (record.key() != null && record.value() != null) {
					this.firstArrival.putIfAbsent(record.key(), now);
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
