package uk.gov.cheltenham.psr.systemtests.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;

/**
 * Faults made with plain Kafka clients: poison messages, and a consumer group sent back
 * to the start of its topics so it receives everything again.
 */
final class KafkaFaults {

	/**
	 * Who consumes which topic (the binder's group is the service name, so its dead
	 * letters go to {@code error.<topic>.<service>}). The letter topic and the marker
	 * topic have no consumer inside PSR.
	 */
	static final Map<String, List<String>> CONSUMER_GROUPS = Map.of(Topics.INCIDENT_EVENTS,
			List.of("register-service", "notification-service"), Topics.REGISTER_EVENTS,
			List.of("notification-service", "letters-service", "partner-sync-service"), Topics.PARTNER_EVENTS,
			List.of("register-service"));

	/** A type each topic really carries, so the consumer tries to read the body. */
	private static final Map<String, String> EVENT_TYPE_ON = Map.of(Topics.INCIDENT_EVENTS, "IncidentReviewed",
			Topics.REGISTER_EVENTS, "MarkerSet", Topics.PARTNER_EVENTS, "PartnerUpdateReceived");

	private final String bootstrapServers;

	KafkaFaults(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Sends one message no consumer can read (a known type header, a body that is not
	 * JSON) to each consumed topic.
	 * @return the poison message's key per topic
	 */
	Map<String, String> sendPoison() {
		KafkaTestClient kafka = new KafkaTestClient(this.bootstrapServers);
		Map<String, String> keys = new HashMap<>();
		for (String topic : CONSUMER_GROUPS.keySet()) {
			String key = "poison-" + UUID.randomUUID();
			String eventId = UUID.randomUUID().toString();
			kafka.send(topic, key, "{ this is not an event".getBytes(StandardCharsets.UTF_8),
					Map.of(Topics.TYPE_HEADER, EVENT_TYPE_ON.get(topic), Topics.EVENT_ID_HEADER, eventId));
			keys.put(topic, key);
		}
		return keys;
	}

	/**
	 * Waits for each poison message in the dead-letter topic of every group that consumes
	 * its topic.
	 * @param keys the poison message's key per topic
	 * @param timeout per dead-letter topic
	 * @return the dead-letter topics that hold their poison message
	 * @throws AssertionError if one does not arrive in time
	 */
	List<String> awaitDeadLetters(Map<String, String> keys, Duration timeout) {
		KafkaTestClient kafka = new KafkaTestClient(this.bootstrapServers);
		return keys.entrySet()
			.stream()
			.flatMap((poison) -> CONSUMER_GROUPS.get(poison.getKey()).stream().map((group) -> {
				String deadLetters = "error." + poison.getKey() + "." + group;
				kafka.awaitRecord(deadLetters, (record) -> poison.getValue().equals(record.key()), timeout);
				return deadLetters;
			}))
			.sorted()
			.toList();
	}

	/**
	 * Sets a stopped consumer group's committed offsets back to the start of every topic
	 * it consumes, so it receives everything again once it runs. Retries while the broker
	 * still counts a member of the group (the group must be empty).
	 * @param group the group, i.e. the service name
	 * @param timeout how long to keep trying
	 */
	void rewindToStart(String group, Duration timeout) {
		Set<String> topics = CONSUMER_GROUPS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(group))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			while (true) {
				try {
					Map<String, TopicDescription> descriptions = admin.describeTopics(topics)
						.allTopicNames()
						.get(30, TimeUnit.SECONDS);
					Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
					descriptions.values()
						.forEach((description) -> description.partitions()
							.forEach((partition) -> earliest.put(
									new TopicPartition(description.name(), partition.partition()),
									OffsetSpec.earliest())));
					Map<TopicPartition, ListOffsetsResultInfo> starts = admin.listOffsets(earliest)
						.all()
						.get(30, TimeUnit.SECONDS);
					Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
					starts.forEach((partition, start) -> rewound.put(partition, new OffsetAndMetadata(start.offset())));
					admin.alterConsumerGroupOffsets(group, rewound).all().get(30, TimeUnit.SECONDS);
					return;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
				catch (Exception ex) {
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("Could not rewind " + group + ": " + ex, ex);
					}
					pause();
				}
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
