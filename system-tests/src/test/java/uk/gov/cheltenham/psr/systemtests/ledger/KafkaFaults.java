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
	 * letters go to {@code error.<topic>.<service>}), and a type each group acts on
	 * there: a consumer skips the types it does not name before reading their body, so
	 * only an unreadable body of a type it acts on is poison to it. The marker topic has
	 * no consumer inside PSR.
	 */
	static final Map<String, Map<String, String>> CONSUMERS = Map.of(Topics.INCIDENT_EVENTS,
			Map.of("register-service", "IncidentReviewed", "notification-service", "IncidentReviewed"),
			Topics.REGISTER_EVENTS,
			Map.of("incident-service", "EntryOpened", "notification-service", "MarkerSet", "letters-service",
					"LetterRequested", "partner-sync-service", "EntryOpened"),
			Topics.LETTER_EVENTS, Map.of("register-service", "LetterSent"), Topics.PARTNER_EVENTS,
			Map.of("register-service", "PartnerUpdateReceived"));

	private final String bootstrapServers;

	KafkaFaults(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Sends, for each consumer of each topic, one message it cannot read: a type it acts
	 * on, a body that is not JSON.
	 * @return the poison message's key per dead-letter topic it should reach
	 */
	Map<String, String> sendPoison() {
		KafkaTestClient kafka = new KafkaTestClient(this.bootstrapServers);
		Map<String, String> keys = new HashMap<>();
		CONSUMERS.forEach((topic, groups) -> groups.forEach((group, type) -> {
			String key = "poison-" + UUID.randomUUID();
			kafka.send(topic, key, "{ this is not an event".getBytes(StandardCharsets.UTF_8),
					Map.of(Topics.TYPE_HEADER, type, Topics.EVENT_ID_HEADER, UUID.randomUUID().toString()));
			keys.put("error." + topic + "." + group, key);
		}));
		return keys;
	}

	/**
	 * Waits for each poison message in its dead-letter topic.
	 * @param keys the poison message's key per dead-letter topic
	 * @param timeout per dead-letter topic
	 * @return the dead-letter topics that hold their poison message
	 * @throws AssertionError if one does not arrive in time
	 */
	List<String> awaitDeadLetters(Map<String, String> keys, Duration timeout) {
		KafkaTestClient kafka = new KafkaTestClient(this.bootstrapServers);
		keys.forEach(
				(deadLetters, key) -> kafka.awaitRecord(deadLetters, (record) -> key.equals(record.key()), timeout));
		return keys.keySet().stream().sorted().toList();
	}

	/**
	 * Sets a stopped consumer group's committed offsets back to the start of every topic
	 * it consumes, so it receives everything again once it runs. Retries while the broker
	 * still counts a member of the group (the group must be empty).
	 * @param group the group, i.e. the service name
	 * @param timeout how long to keep trying
	 */
	void rewindToStart(String group, Duration timeout) {
		Set<String> topics = CONSUMERS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().containsKey(group))
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
