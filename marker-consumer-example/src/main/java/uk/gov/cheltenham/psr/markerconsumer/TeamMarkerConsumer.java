package uk.gov.cheltenham.psr.markerconsumer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import uk.gov.cheltenham.psr.events.Marker;
import uk.gov.cheltenham.psr.events.Topics;

/**
 * Keeps one team's marker set in step with the compacted marker topic (M1, M2).
 * <ul>
 * <li>Each record's key is {@code team:reference} ({@link Marker#keyOf}); its value is
 * the marker, or nothing (a tombstone) once the marker is removed. Records of other teams
 * are skipped: the team keeps its own references only.</li>
 * <li>The consumer reads every partition itself (no consumer group) and keeps its
 * position next to the marker set in one state file ({@link MarkerState}), saved after
 * every batch, so a restart goes on where it stopped.</li>
 * <li>The topic is compacted, so its start holds the latest record of every key: reading
 * it from the start into an empty set rebuilds the current markers
 * ({@link #rebuild(Duration)}). A saved position the broker no longer has (the topic was
 * recreated) triggers a rebuild as well.</li>
 * </ul>
 * Not thread-safe: use it from one thread (as Kafka's consumer requires), and call
 * {@link #wakeup()} from another to stop a poll.
 */
public final class TeamMarkerConsumer implements AutoCloseable {

	private static final System.Logger log = System.getLogger(TeamMarkerConsumer.class.getName());

	private final String team;

	private final String topic;

	private final Path stateFile;

	private final MarkerListener listener;

	private final KafkaConsumer<String, byte[]> consumer;

	private MarkerState state;

	private List<TopicPartition> partitions = List.of();

	/**
	 * While rebuilding: the listener hears the difference at the end, not every record.
	 */
	private boolean silenced;

	/**
	 * @param kafkaProperties extra client settings (security, for example), may be empty
	 */
	public TeamMarkerConsumer(String bootstrapServers, String team, Path stateFile, MarkerListener listener,
			String topic, Map<String, Object> kafkaProperties) {
		this.team = normalise(team);
		this.topic = topic;
		this.stateFile = stateFile;
		this.listener = listener;
		this.state = MarkerState.load(stateFile, this.team);
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		// positions live in the state file, not in a consumer group
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		// a position the broker no longer has is an error here, answered with a rebuild
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
		properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "psr-markers-" + this.team);
		properties.putAll(kafkaProperties);
		this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
	}

	/** A consumer of {@link Topics#MARKERS} with default client settings. */
	public TeamMarkerConsumer(String bootstrapServers, String team, Path stateFile, MarkerListener listener) {
		this(bootstrapServers, team, stateFile, listener, Topics.MARKERS, Map.of());
	}

	/**
	 * Reads until the set reflects everything on the topic when called.
	 * @return whether it caught up within {@code timeout}
	 */
	public boolean catchUp(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		if (!assign(timeout)) {
			return false;
		}
		Map<TopicPartition, Long> ends = this.consumer.endOffsets(this.partitions, timeout);
		while (!caughtUp(ends)) {
			if (Instant.now().isAfter(deadline)) {
				return false;
			}
			poll(Duration.ofMillis(200));
		}
		return true;
	}

	/**
	 * Waits up to {@code timeout} for new records and applies them.
	 * @return how many records of this team were applied
	 */
	public int poll(Duration timeout) {
		if (!assign(timeout)) {
			pause(timeout);
			return 0;
		}
		ConsumerRecords<String, byte[]> records;
		try {
			records = this.consumer.poll(timeout);
		}
		catch (InvalidOffsetException ex) {
			log.log(System.Logger.Level.WARNING, "Saved position is gone from the broker; rebuilding the marker set");
			rebuild(Duration.ofMinutes(1));
			return 0;
		}
		int applied = 0;
		for (ConsumerRecord<String, byte[]> record : records) {
			if (apply(record)) {
				applied++;
			}
		}
		if (!records.isEmpty()) {
			savePositions();
		}
		return applied;
	}

	/**
	 * Forgets the set and the positions and reads the topic from its start, then tells
	 * the listener what differs from the set before.
	 * @return whether it caught up within {@code timeout}
	 */
	public boolean rebuild(Duration timeout) {
		Set<String> before = new HashSet<>(this.state.references());
		this.state = MarkerState.empty(this.team);
		if (!assign(timeout)) {
			return false;
		}
		this.consumer.seekToBeginning(this.partitions);
		boolean caughtUp;
		this.silenced = true;
		try {
			caughtUp = catchUp(timeout);
		}
		finally {
			this.silenced = false;
		}
		savePositions();
		for (String reference : before) {
			if (!this.state.references().contains(reference)) {
				this.listener.markerRemoved(reference);
			}
		}
		for (String reference : this.state.references()) {
			if (!before.contains(reference)) {
				this.listener.markerSet(reference);
			}
		}
		return caughtUp;
	}

	/** The team's current marker set: its own customer references, nothing else. */
	public Set<String> markers() {
		return this.state.references();
	}

	/** Makes a blocked {@link #poll} return; safe from any thread. */
	public void wakeup() {
		this.consumer.wakeup();
	}

	@Override
	public void close() {
		this.consumer.close(Duration.ofSeconds(5));
	}

	/**
	 * @return whether the record was this team's
	 */
	private boolean apply(ConsumerRecord<String, byte[]> record) {
		String key = record.key();
		int colon = (key != null) ? key.indexOf(':') : -1;
		if (colon <= 0 || !normalise(key.substring(0, colon)).equals(this.team)) {
			// another team's marker (or not a marker): not ours to keep
			return false;
		}
		String reference = key.substring(colon + 1);
		if (reference.isBlank() || reference.chars().anyMatch(Character::isISOControl)) {
			log.log(System.Logger.Level.WARNING, "Skipping an unusable marker key at offset {0}", record.offset());
			return false;
		}
		if (record.value() == null) {
			if (this.state.remove(reference) && !this.silenced) {
				this.listener.markerRemoved(reference);
			}
		}
		else if (this.state.add(reference) && !this.silenced) {
			this.listener.markerSet(reference);
		}
		return true;
	}

	/** Assigns every partition of the topic, from the saved positions or its start. */
	private boolean assign(Duration timeout) {
		if (!this.partitions.isEmpty()) {
			return true;
		}
		List<PartitionInfo> infos;
		try {
			infos = this.consumer.partitionsFor(this.topic, timeout);
		}
		catch (TimeoutException ex) {
			log.log(System.Logger.Level.WARNING, "Kafka did not answer; trying again");
			return false;
		}
		if (infos == null || infos.isEmpty()) {
			// the register has not published a marker yet
			return false;
		}
		this.partitions = infos.stream().map((info) -> new TopicPartition(info.topic(), info.partition())).toList();
		this.consumer.assign(this.partitions);
		for (TopicPartition partition : this.partitions) {
			Long saved = this.state.position(partition.partition());
			if (saved != null) {
				this.consumer.seek(partition, saved);
			}
			else {
				this.consumer.seekToBeginning(List.of(partition));
			}
		}
		return true;
	}

	private boolean caughtUp(Map<TopicPartition, Long> ends) {
		for (TopicPartition partition : this.partitions) {
			if (this.consumer.position(partition) < ends.getOrDefault(partition, 0L)) {
				return false;
			}
		}
		return true;
	}

	private void savePositions() {
		this.partitions
			.forEach((partition) -> this.state.position(partition.partition(), this.consumer.position(partition)));
		this.state.save(this.stateFile);
	}

	/**
	 * Waits before looking for the topic again, rather than asking the broker in a loop.
	 */
	private static void pause(Duration timeout) {
		try {
			Thread.sleep(Math.min(timeout.toMillis(), 1000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Team names are compared as the register writes them: trimmed, lower case. */
	private static String normalise(String team) {
		return team.strip().toLowerCase(Locale.ROOT);
	}

}
