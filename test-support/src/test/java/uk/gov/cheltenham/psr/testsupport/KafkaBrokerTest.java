package uk.gov.cheltenham.psr.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class KafkaBrokerTest {

	@TempDir
	Path dataDir;

	@Test
	void roundTripsMessagesAndKeepsThemAcrossRestartsAndCrashes() throws Exception {
		try (KafkaBroker broker = KafkaBroker.start(this.dataDir, 0)) {
			send(broker, "incidents", "first");
			assertThat(readAll(broker, "incidents", 1)).containsExactly("first");

			int port = broker.port();
			broker.stop();
			assertThat(broker.isRunning()).isFalse();
			broker.restart();
			assertThat(broker.port()).isEqualTo(port);
			assertThat(topics(broker)).contains("incidents");

			broker.kill();
			broker.restart();
			send(broker, "incidents", "second");
			assertThat(readAll(broker, "incidents", 2)).containsExactly("first", "second");
		}
	}

	@Test
	void pausedBrokerHangsUntilResumed() {
		KafkaBroker broker = KafkaBroker.shared();
		broker.pause();
		try {
			assertThatException().isThrownBy(() -> topics(broker, 1000));
		}
		finally {
			broker.resume();
		}
		broker.awaitReady(Duration.ofSeconds(30));
		assertThat(broker.isRunning()).isTrue();
	}

	@Test
	void sharedBrokerIsOneBrokerPerJvm() {
		assertThat(KafkaBroker.shared()).isSameAs(KafkaBroker.shared());
		assertThat(KafkaBroker.shared().bootstrapServers()).startsWith("127.0.0.1:");
	}

	private static void send(KafkaBroker broker, String topic, String value) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
			producer.send(new ProducerRecord<>(topic, "key", value)).get(30, TimeUnit.SECONDS);
		}
	}

	private static List<String> readAll(KafkaBroker broker, String topic, int expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (values.size() < expected && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					values.add(record.value());
				}
			}
		}
		return values;
	}

	private static java.util.Set<String> topics(KafkaBroker broker) throws Exception {
		return topics(broker, 10000);
	}

	private static java.util.Set<String> topics(KafkaBroker broker, int timeoutMs) throws Exception {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
				timeoutMs);
		try (Admin admin = Admin.create(config)) {
			return admin.listTopics().names().get(timeoutMs + 1000L, TimeUnit.MILLISECONDS);
		}
	}

}
