package uk.gov.cheltenham.psr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) running
 * in a child JVM. Its classpath is the current JVM's, so the Kafka jars this module
 * depends on are all it needs. The child's output goes to {@link #logFile()}; it formats
 * the storage on first start and exits by itself if this JVM dies.
 */
public final class KafkaBroker implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static final String SERVER_PROPERTIES = "server.properties";

	private static final String CONTROLLER_PORT_KEY = "psr.controller.port";

	private final Path dataDir;

	private final int port;

	private final int controllerPort;

	private volatile Process process;

	private volatile boolean paused;

	private KafkaBroker(Path dataDir, int port, int controllerPort) {
		this.dataDir = dataDir;
		this.port = port;
		this.controllerPort = controllerPort;
	}

	/**
	 * Formats {@code dataDir} if needed and starts a broker listening on
	 * {@code 127.0.0.1:port}, waiting until it answers.
	 * @param dataDir where the config, logs and the broker's own log file live; an
	 * already formatted directory is reused so data survives restarts
	 * @param port the client port, or 0 for a free one
	 * @return the running broker
	 */
	public static KafkaBroker start(Path dataDir, int port) {
		try {
			Path dir = Files.createDirectories(dataDir).toAbsolutePath();
			int clientPort = (port != 0) ? port : FreePorts.find();
			int controllerPort = previousControllerPort(dir);
			if (controllerPort <= 0 || controllerPort == clientPort || !FreePorts.isFree(controllerPort)) {
				controllerPort = FreePorts.find(clientPort);
			}
			KafkaBroker broker = new KafkaBroker(dir, clientPort, controllerPort);
			broker.writeConfig();
			broker.launch();
			try {
				broker.awaitReady(START_TIMEOUT);
			}
			catch (RuntimeException ex) {
				// a broker that never became ready must not outlive the failed start
				broker.kill();
				throw ex;
			}
			return broker;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A broker shared by everything in this JVM, started on first use on a free port in a
	 * temporary directory and stopped when the JVM exits.
	 * @return the shared broker
	 */
	public static KafkaBroker shared() {
		return Shared.BROKER;
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	public int port() {
		return this.port;
	}

	public int controllerPort() {
		return this.controllerPort;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * The broker's stdout and stderr.
	 * @return the log file
	 */
	public Path logFile() {
		return this.dataDir.resolve("broker.log");
	}

	public boolean isRunning() {
		Process current = this.process;
		return current != null && current.isAlive();
	}

	/**
	 * Stops the broker gracefully (SIGTERM, so Kafka runs its shutdown hook), killing it
	 * if it has not exited in time.
	 */
	public synchronized void stop() {
		Process current = this.process;
		if (current == null) {
			return;
		}
		if (this.paused) {
			// a stopped process cannot act on SIGTERM
			resume();
		}
		current.destroy();
		try {
			if (!current.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				current.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			current.destroyForcibly();
		}
		this.process = null;
	}

	/**
	 * Kills the broker without letting it shut down cleanly, as a crash would.
	 */
	public synchronized void kill() {
		Process current = this.process;
		if (current == null) {
			return;
		}
		current.destroyForcibly();
		try {
			current.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
		this.paused = false;
	}

	/**
	 * Stops the broker if it runs, then starts it again on the same ports and data.
	 */
	public synchronized void restart() {
		stop();
		launch();
		awaitReady(START_TIMEOUT);
	}

	/**
	 * Freezes the broker process (SIGSTOP) so clients see it hang rather than go away.
	 */
	public synchronized void pause() {
		signal("-STOP");
		this.paused = true;
	}

	/**
	 * Lets a paused broker go on (SIGCONT).
	 */
	public synchronized void resume() {
		signal("-CONT");
		this.paused = false;
	}

	/**
	 * Waits until the broker answers a describe-cluster request.
	 * @param timeout how long to wait
	 */
	public void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		// wait for the socket first so the admin client does not log a warning per retry
		while (!acceptsConnections()) {
			checkAlive();
			checkDeadline(deadline);
			sleep(100);
		}
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				2000, AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
		try (Admin admin = Admin.create(config)) {
			while (true) {
				checkAlive();
				try {
					if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
						.nodes()
						.get(3, TimeUnit.SECONDS)
						.isEmpty()) {
						return;
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted waiting for Kafka", ex);
				}
				catch (Exception ex) {
					// not ready yet
				}
				checkDeadline(deadline);
				sleep(200);
			}
		}
	}

	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return "KafkaBroker[" + bootstrapServers() + ", " + this.dataDir + "]";
	}

	private void writeConfig() throws IOException {
		Path logDirs = this.dataDir.resolve("logs");
		List<String> lines = List.of("# written by " + KafkaBroker.class.getName(),
				CONTROLLER_PORT_KEY + "=" + this.controllerPort, "process.roles=broker,controller", "node.id=1",
				// a static quorum lets the controller port change between runs
				"controller.quorum.voters=1@127.0.0.1:" + this.controllerPort,
				"listeners=PLAINTEXT://127.0.0.1:" + this.port + ",CONTROLLER://127.0.0.1:" + this.controllerPort,
				"advertised.listeners=PLAINTEXT://127.0.0.1:" + this.port, "controller.listener.names=CONTROLLER",
				"inter.broker.listener.name=PLAINTEXT",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"log.dirs=" + logDirs.toString().replace('\\', '/'), "num.partitions=1", "default.replication.factor=1",
				"min.insync.replicas=1", "auto.create.topics.enable=true", "offsets.topic.replication.factor=1",
				// one partition each keeps the first consumer group and transaction fast
				"offsets.topic.num.partitions=1", "transaction.state.log.replication.factor=1",
				"transaction.state.log.min.isr=1", "transaction.state.log.num.partitions=1",
				"share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
				"group.initial.rebalance.delay.ms=0",
				// after a kill -9 the new process may only register once the old session
				// expires: 3s instead of the default 9s
				"broker.session.timeout.ms=3000", "broker.heartbeat.interval.ms=500");
		Files.write(this.dataDir.resolve(SERVER_PROPERTIES), lines, StandardCharsets.UTF_8);
		Files.writeString(this.dataDir.resolve("logback-broker.xml"), LOGBACK_CONFIG, StandardCharsets.UTF_8);
	}

	private synchronized void launch() {
		if (isRunning()) {
			return;
		}
		List<String> command = javaCommand(KafkaServerMain.class.getName());
		if (!Files.exists(this.dataDir.resolve("logs").resolve("meta.properties"))) {
			command.addAll(List.of("--format", Uuid.randomUuid().toString()));
		}
		command.add(SERVER_PROPERTIES);
		try {
			this.process = new ProcessBuilder(command).directory(this.dataDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
				// KafkaServerMain exits when this pipe closes, i.e. when this JVM dies
				.redirectInput(ProcessBuilder.Redirect.PIPE)
				.start();
			this.paused = false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> javaCommand(String mainClass) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Djava.awt.headless=true", "-Dkafka.logs.dir=" + this.dataDir,
				// the child sees Boot's logback; without a config it would log DEBUG
				"-Dlogback.configurationFile=" + this.dataDir.resolve("logback-broker.xml")));
		command.addAll(ChildClasspath.javaArguments(this.dataDir, mainClass));
		return command;
	}

	private void signal(String signal) {
		Process current = this.process;
		if (current == null) {
			throw new IllegalStateException("Kafka broker is not running");
		}
		try {
			Process kill = new ProcessBuilder("kill", signal, Long.toString(current.pid())).inheritIO().start();
			if (kill.waitFor() != 0) {
				throw new IllegalStateException("kill " + signal + " " + current.pid() + " failed");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted signalling Kafka", ex);
		}
	}

	private boolean acceptsConnections() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void checkAlive() {
		Process current = this.process;
		if (current == null || !current.isAlive()) {
			throw new IllegalStateException(
					"Kafka broker process is not running; last lines of " + logFile() + ":\n" + tail(logFile()));
		}
	}

	private void checkDeadline(long deadline) {
		if (System.nanoTime() > deadline) {
			throw new IllegalStateException(
					"Kafka broker did not become ready; last lines of " + logFile() + ":\n" + tail(logFile()));
		}
	}

	private static int previousControllerPort(Path dir) throws IOException {
		Path config = dir.resolve(SERVER_PROPERTIES);
		if (!Files.exists(config)) {
			return -1;
		}
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return Integer.parseInt(properties.getProperty(CONTROLLER_PORT_KEY, "-1"));
	}

	private static String tail(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted waiting for Kafka", ex);
		}
	}

	private static final String LOGBACK_CONFIG = """
			<configuration>
				<appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
					<encoder>
						<pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern>
					</encoder>
				</appender>
				<logger name="org.apache.kafka.common.config" level="WARN"/>
				<logger name="kafka.server.KafkaConfig" level="WARN"/>
				<root level="INFO">
					<appender-ref ref="OUT"/>
				</root>
			</configuration>
			""";

	private static final class Shared {

		static final KafkaBroker BROKER = startShared();

		private static KafkaBroker startShared() {
			try {
				Path dir = Files.createTempDirectory("psr-kafka-");
				KafkaBroker broker = start(dir, 0);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					broker.stop();
					Directories.deleteQuietly(dir);
				}, "psr-kafka-shutdown"));
				return broker;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
