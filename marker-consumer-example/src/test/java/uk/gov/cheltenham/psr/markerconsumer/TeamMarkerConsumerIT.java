package uk.gov.cheltenham.psr.markerconsumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.cheltenham.psr.events.Marker;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.testsupport.KafkaBroker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference consumer against a real broker, on a compacted topic written the way the
 * register's outbox writes {@link Topics#MARKERS}: key {@code team:reference}, value the
 * marker as JSON, a tombstone on removal.
 */
class TeamMarkerConsumerIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final KafkaBroker broker = KafkaBroker.shared();

	/** A topic per test, compacted like the real one, so tests do not see each other. */
	private final String topic = Topics.MARKERS + "." + UUID.randomUUID().toString().substring(0, 8);

	@TempDir
	Path directory;

	private KafkaProducer<String, byte[]> producer;

	private final List<String> heard = new ArrayList<>();

	private final MarkerListener recording = new MarkerListener() {

		@Override
		public void markerSet(String reference) {
			TeamMarkerConsumerIT.this.heard.add("+" + reference);
		}

		@Override
		public void markerRemoved(String reference) {
			TeamMarkerConsumerIT.this.heard.add("-" + reference);
		}

	};

	@BeforeEach
	void compactedTopic() throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.bootstrapServers()))) {
			admin
				.createTopics(List.of(new NewTopic(this.topic, 1, (short) 1)
					.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
				.all()
				.get();
		}
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.bootstrapServers());
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		this.producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
	}

	@AfterEach
	void closeProducer() {
		this.producer.close();
	}

	@Test
	@DisplayName("M1, M2: two markers set and one removed by a tombstone leave the team one marker; a rebuild from the start gives the same set; another team's markers are ignored")
	void addRemoveAndRebuild() throws Exception {
		Path state = this.directory.resolve("housing-markers.state");
		setMarker("housing", "HSG-000123");
		setMarker("planning", "PLN-000777");
		setMarker("housing", "HSG-000456");
		removeMarker("housing", "HSG-000123");

		try (TeamMarkerConsumer consumer = consumer(state)) {
			assertThat(consumer.catchUp(TIMEOUT)).isTrue();

			assertThat(consumer.markers()).containsExactly("HSG-000456");
			assertThat(this.heard).containsExactly("+HSG-000123", "+HSG-000456", "-HSG-000123");
		}
		String saved = Files.readString(state, StandardCharsets.UTF_8);
		assertThat(saved).contains("team=housing", "position.0=4", "marker=HSG-000456")
			.doesNotContain("HSG-000123")
			.doesNotContain("PLN-000777")
			.doesNotContain("planning");

		this.heard.clear();
		try (TeamMarkerConsumer rebuilt = consumer(state)) {
			assertThat(rebuilt.rebuild(TIMEOUT)).isTrue();

			assertThat(rebuilt.markers()).containsExactly("HSG-000456");
			assertThat(this.heard).as("nothing changed, so nothing to tell the team system").isEmpty();
		}
		assertThat(Files.readString(state, StandardCharsets.UTF_8)).isEqualTo(saved);
	}

	@Test
	@DisplayName("M2: a restart goes on from the saved position; a rebuild from a lost state file gets the set back")
	void restartAndRebuildFromNothing() throws Exception {
		Path state = this.directory.resolve("housing-markers.state");
		setMarker("housing", "HSG-1");
		try (TeamMarkerConsumer consumer = consumer(state)) {
			assertThat(consumer.catchUp(TIMEOUT)).isTrue();
		}

		setMarker("housing", "HSG-2");
		removeMarker("housing", "HSG-1");
		setMarker("Housing", "HSG-3");
		this.heard.clear();
		try (TeamMarkerConsumer restarted = consumer(state)) {
			assertThat(restarted.catchUp(TIMEOUT)).isTrue();

			assertThat(restarted.markers()).containsExactlyInAnyOrder("HSG-2", "HSG-3");
			assertThat(this.heard).as("only what came after the saved position")
				.containsExactly("+HSG-2", "-HSG-1", "+HSG-3");
		}

		Files.delete(state);
		this.heard.clear();
		try (TeamMarkerConsumer fresh = consumer(state)) {
			assertThat(fresh.rebuild(TIMEOUT)).isTrue();

			assertThat(fresh.markers()).containsExactlyInAnyOrder("HSG-2", "HSG-3");
			assertThat(this.heard).containsExactlyInAnyOrder("+HSG-2", "+HSG-3");
		}
	}

	private TeamMarkerConsumer consumer(Path state) {
		return new TeamMarkerConsumer(this.broker.bootstrapServers(), "housing", state, this.recording, this.topic,
				Map.of());
	}

	/** As the register's outbox does: the marker as JSON under its key. */
	private void setMarker(String team, String reference) throws Exception {
		Marker marker = new Marker(team, reference);
		byte[] value = ("{\"team\":\"" + team + "\",\"reference\":\"" + reference + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		this.producer.send(new ProducerRecord<>(this.topic, marker.key(), value)).get();
	}

	/** A tombstone: the key with no value. */
	private void removeMarker(String team, String reference) throws Exception {
		this.producer.send(new ProducerRecord<>(this.topic, Marker.keyOf(team, reference), null)).get();
	}

}
