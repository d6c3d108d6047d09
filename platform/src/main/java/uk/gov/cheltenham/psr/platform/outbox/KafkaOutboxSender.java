package uk.gov.cheltenham.psr.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.DisposableBean;

import uk.gov.cheltenham.psr.events.Topics;

/**
 * Publishes outbox messages with a Kafka producer configured from the binder's own
 * producer settings (acks=all, idempotence; see
 * {@code psr-platform-defaults.properties}).
 * <p>
 * Not through StreamBridge: a StreamBridge output binding created while the broker is
 * away blocks for about half a minute and then leaves a channel without subscribers until
 * its own retry, which held the outbox back long after the broker returned (see
 * docs/adr/0002).
 */
public class KafkaOutboxSender implements OutboxSender, DisposableBean {

	private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

	private final Producer<String, byte[]> producer;

	private final Admin admin;

	private final Set<String> ensuredTopics = ConcurrentHashMap.newKeySet();

	public KafkaOutboxSender(Map<String, Object> producerConfig, Map<String, Object> adminConfig) {
		this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
		this.admin = Admin.create(adminConfig);
	}

	/**
	 * Hands every message to the producer, then waits for the acknowledgements in order.
	 * The producer's idempotence keeps a partition's messages in order with several
	 * requests in flight, so a backlog of N messages costs about one broker round trip,
	 * not N. Waits for every send to finish, acknowledged or not, before returning, so no
	 * send of this batch is still in flight when a failed message is sent again.
	 */
	@Override
	public Sent sendAll(List<OutboxMessage> messages) {
		long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
		List<Future<RecordMetadata>> sends = new ArrayList<>(messages.size());
		Exception failure = null;
		for (OutboxMessage message : messages) {
			try {
				ensureTopic(message.topic());
				sends.add(this.producer.send(record(message)));
			}
			catch (Exception ex) {
				failure = ex;
				break;
			}
		}
		int acknowledged = 0;
		for (Future<RecordMetadata> send : sends) {
			try {
				send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (failure == null) {
					acknowledged++;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new Sent(acknowledged, (failure != null) ? failure : ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				if (failure == null) {
					failure = ex;
				}
			}
		}
		return new Sent(acknowledged, failure);
	}

	private static ProducerRecord<String, byte[]> record(OutboxMessage message) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
		record.headers().add(Topics.TYPE_HEADER, message.type().getBytes(StandardCharsets.UTF_8));
		record.headers().add(Topics.EVENT_ID_HEADER, message.messageId().toString().getBytes(StandardCharsets.UTF_8));
		return record;
	}

	/**
	 * Creates a topic the first time this service publishes to it; markers are compacted
	 * (M2).
	 */
	private void ensureTopic(String topic) throws InterruptedException, ExecutionException, TimeoutException {
		if (this.ensuredTopics.contains(topic)) {
			return;
		}
		NewTopic newTopic = new NewTopic(topic, Optional.empty(), Optional.empty());
		if (Topics.MARKERS.equals(topic)) {
			newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
		}
		try {
			this.admin.createTopics(List.of(newTopic)).all().get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw ex;
			}
		}
		this.ensuredTopics.add(topic);
	}

	@Override
	public void destroy() {
		this.producer.close(Duration.ofSeconds(5));
		this.admin.close(Duration.ofSeconds(5));
	}

}
