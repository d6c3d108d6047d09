package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.testsupport.Postgres;

/**
 * What the machine can do at best on the decision's path, measured on the stack's own
 * broker and database: one Kafka hop (produce with acks=all, consume) and one PostgreSQL
 * commit (insert, commit).
 */
final class LocalFloor {

	static final String FLOOR_TOPIC = "psr.benchmark.floor";

	private LocalFloor() {
	}

	/** The floor's figures and the settings that shape them. */
	record Result(Latencies kafka, Latencies postgres, String kafkaTool, String postgresSettings) {

	}

	static Result measure(LocalStack stack, int samples, Path rawDir) {
		Latencies kafka = kafkaEndToEnd(stack.kafka().bootstrapServers(), samples);
		String tool = kafkaTool(stack.kafka().bootstrapServers(), samples, rawDir);
		Latencies postgres = new Latencies("floor-postgres-commit");
		String settings = postgresCommits(stack.postgres(), samples, postgres);
		kafka.writeTo(rawDir);
		postgres.writeTo(rawDir);
		return new Result(kafka, postgres, tool, settings);
	}

	/**
	 * The loop of Kafka's {@code EndToEndLatency} tool: send one 100-byte record with
	 * acks=all, wait until the consumer has it, repeat; µs resolution.
	 */
	static Latencies kafkaEndToEnd(String bootstrapServers, int samples) {
		Latencies latencies = new Latencies("floor-kafka-end-to-end");
		Properties producerProperties = new Properties();
		producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
		producerProperties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
		producerProperties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		producerProperties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		Properties consumerProperties = new Properties();
		consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		consumerProperties.put(ConsumerConfig.GROUP_ID_CONFIG, "psr-benchmark-floor-" + UUID.randomUUID());
		consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		consumerProperties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "0");
		consumerProperties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		consumerProperties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		byte[] value = new byte[100];
		try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties);
				KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties)) {
			// creates the topic (auto-create) and waits for its metadata
			producer.send(new ProducerRecord<>(FLOOR_TOPIC, value)).get(30, TimeUnit.SECONDS);
			List<TopicPartition> partitions = consumer.partitionsFor(FLOOR_TOPIC)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToEnd(partitions);
			partitions.forEach(consumer::position);
			for (int i = 0; i < samples + samples / 10; i++) {
				long start = System.nanoTime();
				producer.send(new ProducerRecord<>(FLOOR_TOPIC, value));
				producer.flush();
				int received = 0;
				long deadline = start + TimeUnit.SECONDS.toNanos(30);
				while (received == 0 && System.nanoTime() < deadline) {
					for (ConsumerRecord<byte[], byte[]> ignored : consumer.poll(Duration.ofMillis(1000))) {
						received++;
					}
				}
				// the first tenth warms up
				if (i >= samples / 10) {
					latencies.record(start, System.nanoTime());
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Kafka floor failed", ex);
		}
		return latencies;
	}

	/**
	 * Kafka's own {@code org.apache.kafka.tools.EndToEndLatency} (acks=all, 100 bytes) in
	 * a child JVM on this classpath; it reports whole milliseconds.
	 * @return its last lines
	 */
	static String kafkaTool(String bootstrapServers, int samples, Path rawDir) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path"),
				"org.apache.kafka.tools.EndToEndLatency", bootstrapServers, "psr.benchmark.floor-tool",
				Integer.toString(samples), "all", "100"));
		try {
			Files.createDirectories(rawDir);
			Path output = rawDir.resolve("floor-kafka-EndToEndLatency.txt");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return "(EndToEndLatency did not finish within 5 minutes)";
			}
			List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> line.startsWith("Avg latency") || line.startsWith("Percentiles"))
				.toList();
			return lines.isEmpty() ? "(no result: see " + output.getFileName() + ")" : String.join("; ", lines);
		}
		catch (IOException ex) {
			return "(EndToEndLatency could not run: " + ex + ")";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "(interrupted)";
		}
	}

	/**
	 * Inserts a row and commits, one at a time, in a database of its own.
	 * @return the server's durability settings
	 */
	static String postgresCommits(Postgres postgres, int samples, Latencies latencies) {
		postgres.createDatabase("benchmark");
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("benchmark"), postgres.username(),
				postgres.password())) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table if not exists commit_floor (id uuid primary key, at timestamptz)");
			}
			String settings = settings(connection);
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection
				.prepareStatement("insert into commit_floor (id, at) values (?, now())")) {
				for (int i = 0; i < samples + samples / 10; i++) {
					long start = System.nanoTime();
					insert.setObject(1, UUID.randomUUID());
					insert.executeUpdate();
					connection.commit();
					if (i >= samples / 10) {
						latencies.record(start, System.nanoTime());
					}
				}
			}
			return settings;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL floor failed", ex);
		}
	}

	private static String settings(Connection connection) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			for (String setting : List.of("server_version", "fsync", "synchronous_commit", "wal_sync_method")) {
				try (ResultSet result = statement.executeQuery("show " + setting)) {
					result.next();
					values.add(setting + "=" + result.getString(1));
				}
			}
		}
		return String.join(", ", values);
	}

}
