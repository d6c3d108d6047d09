package uk.gov.cheltenham.psr.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.AuthServer;
import uk.gov.cheltenham.psr.testsupport.FreePorts;
import uk.gov.cheltenham.psr.testsupport.KafkaBroker;
import uk.gov.cheltenham.psr.testsupport.MailServer;
import uk.gov.cheltenham.psr.testsupport.Postgres;
import uk.gov.cheltenham.psr.testsupport.Tokens;

/**
 * The whole system on one machine: PostgreSQL (embedded, one database per service), a
 * Kafka broker (child JVM), a mail catcher (GreenMail SMTP plus {@link MailCatcherApi}),
 * the token server ({@link AuthServer}) and the five services, each in its own JVM.
 * <p>
 * {@link #main(String[])} is what {@code ./run-local.sh} runs; {@link #start} is the API
 * the system tests use with {@link LocalStackOptions#onFreePorts}.
 */
public final class LocalStack implements AutoCloseable {

	/** Services read and write their tables as this role; its password is the same. */
	public static final String DATABASE_USER = "psr";

	private final Map<String, ApiClient> apis = new ConcurrentHashMap<>();

	private static final Logger logger = LoggerFactory.getLogger(LocalStack.class);

	private static final Duration READINESS_POLL = Duration.ofMillis(500);

	/**
	 * The stand-in partner endpoint keeps its latest calls only: it runs as long as the
	 * stack.
	 */
	private static final int PARTNER_CALLS_KEPT = 1000;

	/**
	 * Start and stop steps block for seconds: each gets its own thread rather than a
	 * common-pool worker, of which a small machine has one or two.
	 */
	private static final Executor IN_OWN_THREAD = (task) -> {
		Thread thread = new Thread(task, "psr-local-stack");
		thread.setDaemon(true);
		thread.start();
	};

	private final LocalStackOptions options;

	private final FileChannel lockChannel;

	private volatile Postgres postgres;

	private volatile KafkaBroker kafka;

	private volatile MailServer mail;

	private volatile MailCatcherApi mailApi;

	private volatile AuthServer auth;

	private volatile FlakyReceiver partner;

	private final List<ServiceProcess> services = new ArrayList<>();

	private volatile boolean stopped;

	private final Set<Object> stoppedComponents = Collections.newSetFromMap(new IdentityHashMap<>());

	private volatile Duration startupTime = Duration.ZERO;

	private LocalStack(LocalStackOptions options, FileChannel lockChannel) {
		this.options = options;
		this.lockChannel = lockChannel;
	}

	/**
	 * Starts everything and waits until every service reports ready. On failure whatever
	 * was started is stopped again.
	 * @param options where and how
	 * @return the running stack
	 * @throws IllegalStateException if something cannot start, with the reason and the
	 * end of the failing service's log
	 */
	public static LocalStack start(LocalStackOptions options) {
		LocalStack stack = prepare(options);
		stack.run();
		return stack;
	}

	/**
	 * Checks the jars and takes the directory's lock, starting nothing yet, so a caller
	 * can arrange to {@link #stop()} before {@link #run()} starts processes.
	 */
	static LocalStack prepare(LocalStackOptions options) {
		checkJars(options.services());
		return new LocalStack(options, lock(options.baseDir()));
	}

	/**
	 * Starts everything; on failure, or when {@link #stop()} is called meanwhile, stops
	 * what was started.
	 */
	void run() {
		long started = System.nanoTime();
		try {
			startAll();
		}
		catch (RuntimeException ex) {
			stop();
			throw ex;
		}
		this.startupTime = Duration.ofNanos(System.nanoTime() - started);
	}

	/**
	 * Deletes the stack's directory (databases, topics, signing key, logs) for a fresh
	 * start, after stopping anything a killed launcher left running on it.
	 * @param options the stack whose directory to delete
	 * @throws IllegalStateException if a launcher is running on it
	 */
	public static void deleteData(LocalStackOptions options) {
		Path baseDir = options.baseDir();
		if (!Files.exists(baseDir)) {
			return;
		}
		try (FileChannel lock = lock(baseDir)) {
			stopLeftoverServices(options, baseDir.resolve("run"));
			stopLeftoverPostgres(options.postgresDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (Stream<Path> paths = Files.walk(baseDir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + baseDir, ex);
		}
	}

	public LocalStackOptions options() {
		return this.options;
	}

	public Postgres postgres() {
		return this.postgres;
	}

	public KafkaBroker kafka() {
		return this.kafka;
	}

	public MailServer mail() {
		return this.mail;
	}

	public MailCatcherApi mailApi() {
		return this.mailApi;
	}

	public AuthServer auth() {
		return this.auth;
	}

	public Duration startupTime() {
		return this.startupTime;
	}

	/**
	 * The base URL of a running service.
	 * @param name the service name, e.g. {@code incident-service}
	 * @return e.g. {@code http://127.0.0.1:8081}
	 */
	public String url(String name) {
		return service(name).baseUrl();
	}

	public ServiceDefinition service(String name) {
		return this.options.services()
			.stream()
			.filter((service) -> service.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service " + name + " in this stack"));
	}

	/**
	 * Every log file the stack writes: one per service and the broker's.
	 * @return the files
	 */
	public List<Path> logFiles() {
		List<Path> files = new ArrayList<>();
		this.options.services().forEach((service) -> files.add(logFile(service.name())));
		files.add(this.options.kafkaDir().resolve("broker.log"));
		return files;
	}

	public Path logFile(String service) {
		return this.options.logDir().resolve(service + ".log");
	}

	/**
	 * Tokens for the demo users from this stack's token server.
	 * @return a new token cache
	 */
	public DemoLogins logins() {
		return new DemoLogins(this.auth.tokenUri());
	}

	/**
	 * An HTTP client for one service's API.
	 * @param name the service name, e.g. {@code incident-service}
	 * @return the client
	 */
	public ApiClient api(String name) {
		// one client per service, kept: each HttpClient holds a selector thread and file
		// descriptors until it is collected, and a long ledger run makes ~100,000 calls
		return this.apis.computeIfAbsent(url(name), ApiClient::new);
	}

	/**
	 * Kills one service's JVM outright ({@code kill -9}): no graceful shutdown, whatever
	 * it was doing is cut off. {@link #startService} brings it back.
	 * @param name the service name
	 */
	public void killService(String name) {
		process(name).kill();
	}

	/**
	 * Stops one service gracefully (SIGTERM), e.g. so its consumer group is empty.
	 * @param name the service name
	 */
	public void stopService(String name) {
		process(name).stop();
	}

	/**
	 * Starts a killed or stopped service again, same port, environment and database, and
	 * waits until it is ready.
	 * @param name the service name
	 * @throws IllegalStateException if it is not ready within the start timeout
	 */
	public void startService(String name) {
		ServiceProcess service = process(name);
		synchronized (this) {
			checkNotStopped();
			service.relaunch();
		}
		awaitReady(List.of(service));
	}

	/**
	 * Stops PostgreSQL (a fast shutdown: open connections are cut) while the services go
	 * on running; {@link #startPostgres()} brings it back on the same port and data.
	 */
	public synchronized void stopPostgres() {
		this.postgres.stop();
	}

	/**
	 * Starts PostgreSQL again after {@link #stopPostgres()}, on the same port and data.
	 */
	public synchronized void startPostgres() {
		checkNotStopped();
		this.postgres = Postgres.start(this.options.postgresDir(), this.options.postgresPort());
	}

	/**
	 * Takes the mail catcher's SMTP server away, as a mail server that is down: the
	 * services' connections are refused. What it received so far stays listed by the mail
	 * API.
	 */
	public synchronized void stopMailServer() {
		// refuse mail first, so nothing arrives between keeping the messages and stopping
		this.mail.greenMail().getSmtp().stopService();
		this.mailApi.serverGone(this.mail);
		this.mail.stop();
	}

	/**
	 * Starts the mail catcher's SMTP server again on the same port.
	 */
	public synchronized void startMailServer() {
		checkNotStopped();
		this.mail = MailServer.start(this.options.smtpPort());
		this.mailApi.serve(this.mail);
	}

	/**
	 * Stops the services first (they still reach the broker and database while shutting
	 * down), then the broker, PostgreSQL, the mail catcher and the token server. Safe to
	 * call more than once.
	 */
	public synchronized void stop() {
		this.stopped = true;
		List<CompletableFuture<Void>> stopping = this.services.stream()
			.map((service) -> CompletableFuture.runAsync(service::stop, IN_OWN_THREAD))
			.toList();
		stopping.forEach(CompletableFuture::join);
		// a second call stops what a start-up still in progress at the first one added
		stopOnce("Kafka", this.kafka, KafkaBroker::stop);
		stopOnce("PostgreSQL", this.postgres, Postgres::stop);
		stopOnce("mail API", this.mailApi, MailCatcherApi::stop);
		stopOnce("mail server", this.mail, MailServer::stop);
		stopOnce("token server", this.auth, AuthServer::stop);
		stopOnce("partner endpoint", this.partner, FlakyReceiver::close);
		try {
			this.lockChannel.close();
		}
		catch (IOException ex) {
			// the lock goes with the process anyway
		}
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * The URLs, demo users and a curl line to get started.
	 * @return text for the console
	 */
	public String describe() {
		StringBuilder text = new StringBuilder();
		Path cwd = Path.of("").toAbsolutePath();
		text.append(String.format("%nPSR local stack is up (%d s). Data and logs: %s%n%n", this.startupTime.toSeconds(),
				this.options.baseDir()));
		String row = "  %-22s %-6s %-48s %s%n";
		text.append(String.format(row, "service", "port", "Swagger UI", "log"));
		for (ServiceDefinition service : this.options.services()) {
			text.append(String.format(row, service.name(), service.port(), service.baseUrl() + "/swagger-ui.html",
					relative(cwd, logFile(service.name()))));
		}
		text.append(String.format("%n" + row, "mail catcher", this.mailApi.port(), this.mailApi.messagesUrl(),
				"SMTP 127.0.0.1:" + this.mail.smtpPort() + "  (GET lists, DELETE clears)"));
		text.append(String.format(row, "token server", this.auth.port(), this.auth.tokenUri(),
				"issuer " + this.auth.issuer()));
		text.append(String.format(row, "kafka", this.kafka.port(), this.kafka.bootstrapServers(),
				relative(cwd, this.kafka.logFile())));
		text.append(String.format(row, "postgresql", this.postgres.port(),
				this.postgres.jdbcUrl("<" + databases().stream().collect(Collectors.joining("|")) + ">"),
				"user " + DATABASE_USER + " / " + DATABASE_USER));
		text.append(String.format("%nDemo users (password = user name):%n"));
		for (AuthServer.DemoUser user : AuthServer.DEMO_USERS) {
			text.append(String.format("  %-16s %s%n", user.username(), String.join(", ", user.roles())));
		}
		String incidents = this.options.services().get(0).baseUrl() + "/api/incidents";
		text.append(String.format("%nGet a token and call an API:%n"));
		text.append(String.format("  curl -s -d grant_type=password -d username=rep -d password=rep %s%n",
				this.auth.tokenUri()));
		text.append(String.format(
				"  TOKEN=$(curl -s -d grant_type=password -d username=rep -d password=rep %s | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')%n",
				this.auth.tokenUri()));
		text.append(String.format("  curl -s -H \"Authorization: Bearer $TOKEN\" %s%n", incidents));
		return text.toString();
	}

	/**
	 * Runs the stack until Ctrl-C (or SIGTERM).
	 * <p>
	 * Options: {@code --demo} loads the demo scenario; {@code --clean} deletes the data
	 * first; {@code --repo DIR} the repository root (default: the working directory);
	 * {@code --base-dir DIR} where data and logs go (default:
	 * {@code <repo>/.local-stack}).
	 * @param args the options
	 */
	public static void main(String[] args) {
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(CommandLine.USAGE);
			System.exit(2);
			return;
		}
		if (commandLine.help()) {
			System.out.println(CommandLine.USAGE);
			return;
		}
		LocalStackOptions options = commandLine.options();
		if (commandLine.clean()) {
			System.out.println("Deleting " + options.baseDir() + " (--clean) ...");
			deleteData(options);
		}
		System.out.println("Starting the PSR local stack in " + options.baseDir() + " ...");
		LocalStack stack;
		try {
			stack = prepare(options);
		}
		catch (RuntimeException ex) {
			exitBecause(ex);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		// before anything starts, so Ctrl-C during start-up leaves nothing behind
		StopOnSignal.install(() -> {
			System.out.println();
			System.out.println("Stopping: services, then Kafka, PostgreSQL, mail catcher, token server ...");
			stack.stop();
			System.out.println("Stopped.");
			stopped.countDown();
		});
		try {
			stack.run();
		}
		catch (RuntimeException ex) {
			if (!stack.stopped) {
				exitBecause(ex);
			}
			// Ctrl-C during start-up: the signal handler is stopping everything
			awaitQuietly(stopped);
			return;
		}
		System.out.print(stack.describe());
		if (options.demo()) {
			try {
				new DemoScenario(stack, System.out).load();
			}
			catch (RuntimeException ex) {
				System.err.println("Loading the demo scenario failed: " + ex.getMessage());
			}
		}
		System.out.println();
		System.out.println("Press Ctrl-C to stop.");
		awaitQuietly(stopped);
	}

	private static void exitBecause(RuntimeException ex) {
		System.err.println();
		System.err.println("The local stack did not start: " + ex.getMessage());
		System.exit(1);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void startAll() {
		Path baseDir = this.options.baseDir();
		Path runDir = baseDir.resolve("run");
		try {
			Files.createDirectories(this.options.logDir());
			Files.createDirectories(runDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		stopLeftoverServices(this.options, runDir);
		checkPortsFree();

		// the broker and PostgreSQL take seconds each: start the infrastructure side by
		// side
		logger.info("Starting PostgreSQL, Kafka, the mail catcher and the token server");
		CompletableFuture<Void> postgresReady = CompletableFuture.runAsync(() -> {
			this.postgres = Postgres.start(this.options.postgresDir(), this.options.postgresPort());
			prepareDatabases();
		}, IN_OWN_THREAD);
		CompletableFuture<Void> kafkaReady = CompletableFuture.runAsync(
				() -> this.kafka = KafkaBroker.start(this.options.kafkaDir(), this.options.kafkaPort()), IN_OWN_THREAD);
		CompletableFuture<Void> mailReady = CompletableFuture.runAsync(() -> {
			this.mail = MailServer.start(this.options.smtpPort());
			this.mailApi = MailCatcherApi.start(this.options.mailApiPort(), this.mail);
			this.partner = FlakyReceiver.start(0, PARTNER_CALLS_KEPT);
		}, IN_OWN_THREAD);
		CompletableFuture<Void> authReady = CompletableFuture.runAsync(() -> this.auth = AuthServer
			.start(this.options.authPort(), Tokens.loadOrCreate(this.options.signingKeyFile()), this.options.issuer()),
				IN_OWN_THREAD);
		join(CompletableFuture.allOf(postgresReady, kafkaReady, mailReady, authReady));
		checkNotStopped();

		logger.info("Starting {} services", this.options.services().size());
		for (ServiceDefinition service : this.options.services()) {
			// under stop()'s lock: a service started after stop() would be left running
			synchronized (this) {
				checkNotStopped();
				List<String> jvmOptions = service.jvmOptionsAfter(this.options.serviceJvmOptions());
				ClassDataSharing.Prepared launch = this.options.classDataSharing()
						? ClassDataSharing.applyTo(service, jvmOptions)
						: new ClassDataSharing.Prepared(service, jvmOptions);
				this.services.add(ServiceProcess.start(launch.service(), launch.jvmOptions(), environment(service),
						this.options.logDir(), runDir));
			}
		}
		awaitServicesReady();
	}

	private void checkNotStopped() {
		if (this.stopped) {
			throw new IllegalStateException("Stopped while starting");
		}
	}

	private Map<String, String> environment(ServiceDefinition service) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("PSR_PORT", Integer.toString(service.port()));
		environment.put("PSR_DB_URL", this.postgres.jdbcUrl(service.database()));
		environment.put("PSR_DB_USER", DATABASE_USER);
		environment.put("PSR_DB_PASSWORD", DATABASE_USER);
		environment.put("PSR_KAFKA_BROKERS", this.kafka.bootstrapServers());
		environment.put("PSR_JWK_SET_URI", this.auth.jwkSetUri());
		environment.put("PSR_ISSUER", this.auth.issuer());
		environment.put("PSR_MAIL_HOST", this.mail.host());
		environment.put("PSR_MAIL_PORT", Integer.toString(this.mail.smtpPort()));
		environment.put("PSR_TOKEN_URI", this.auth.tokenUri());
		// partner-sync-service's updates go to the stand-in for CBH's endpoint (signed;
		// plain HTTP is allowed to loopback only); without it every update would retry
		// against a partner mail server that is not there
		environment.put("PSR_PARTNER_CHANNEL", "https");
		environment.put("PSR_PARTNER_HTTPS_ENDPOINT", this.partner.url("/cbh/psr-updates"));
		environment.put("PSR_PARTNER_HTTPS_SIGNING_SECRET", "local-stack-partner-signing-secret");
		environment.put("PSR_PARTNER_HTTPS_ALLOW_INSECURE_LOOPBACK", "true");
		// where each service finds the others' internal APIs, e.g.
		// PSR_REGISTER_SERVICE_URL
		for (ServiceDefinition other : this.options.services()) {
			environment.put("PSR_" + other.name().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL",
					"http://127.0.0.1:" + other.port());
		}
		environment.putAll(service.environment());
		return environment;
	}

	private ServiceProcess process(String name) {
		return this.services.stream()
			.filter((service) -> service.definition().name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service " + name + " in this stack"));
	}

	private void awaitServicesReady() {
		awaitReady(this.services);
	}

	private void awaitReady(List<ServiceProcess> services) {
		long deadline = System.nanoTime() + this.options.startTimeout().toNanos();
		List<ServiceProcess> waiting = new ArrayList<>(services);
		while (!waiting.isEmpty()) {
			checkNotStopped();
			for (ServiceProcess service : List.copyOf(waiting)) {
				if (!service.isAlive()) {
					throw new IllegalStateException(service.definition().name() + " exited during start-up; end of "
							+ service.logFile() + ":\n" + service.tail(60));
				}
				if (service.isReady()) {
					logger.info("{} is ready on port {}", service.definition().name(), service.definition().port());
					service.lowerPriorityIfOffThePath();
					waiting.remove(service);
				}
			}
			if (waiting.isEmpty()) {
				return;
			}
			if (System.nanoTime() > deadline) {
				ServiceProcess first = waiting.get(0);
				throw new IllegalStateException("Not ready within " + this.options.startTimeout().toSeconds() + " s: "
						+ waiting.stream().map((service) -> service.definition().name()).toList() + "; end of "
						+ first.logFile() + ":\n" + first.tail(60));
			}
			sleep(READINESS_POLL);
		}
	}

	/**
	 * One database per service, owned by the {@value #DATABASE_USER} role, so a service
	 * run from an IDE with its {@code application.yml} defaults works against this stack
	 * too.
	 */
	private void prepareDatabases() {
		String admin = this.postgres.username();
		String adminPassword = this.postgres.password();
		try (Connection connection = DriverManager.getConnection(this.postgres.jdbcUrl("postgres"), admin,
				adminPassword); Statement statement = connection.createStatement()) {
			statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + DATABASE_USER
					+ "') THEN CREATE ROLE " + DATABASE_USER + " LOGIN PASSWORD '" + DATABASE_USER
					+ "'; END IF; END $$");
			for (String database : databases()) {
				this.postgres.createDatabase(database);
				statement.execute("ALTER DATABASE \"" + database + "\" OWNER TO " + DATABASE_USER);
				try (Connection own = DriverManager.getConnection(this.postgres.jdbcUrl(database), admin,
						adminPassword); Statement ownStatement = own.createStatement()) {
					ownStatement.execute("ALTER SCHEMA public OWNER TO " + DATABASE_USER);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the service databases", ex);
		}
	}

	private static void stopLeftoverServices(LocalStackOptions options, Path runDir) {
		options.services()
			.stream()
			.map((service) -> CompletableFuture.runAsync(() -> ServiceProcess.stopLeftover(service, runDir),
					IN_OWN_THREAD))
			.toList()
			.forEach(CompletableFuture::join);
	}

	/**
	 * A PostgreSQL whose launcher was killed keeps running on its data directory; it must
	 * go before the directory does.
	 */
	private static void stopLeftoverPostgres(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
		Optional<ProcessHandle> postmaster;
		try {
			postmaster = ProcessHandle.of(Long.parseLong(firstLine))
				.filter((handle) -> handle.info().command().orElse("").endsWith("postgres"));
		}
		catch (NumberFormatException ex) {
			return;
		}
		if (postmaster.isPresent()) {
			logger.warn("Stopping a PostgreSQL left running on {} (pid {})", dataDir, firstLine);
			postmaster.get().destroy();
			try {
				postmaster.get().onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				postmaster.get().destroyForcibly();
			}
		}
	}

	private List<String> databases() {
		return this.options.services().stream().map(ServiceDefinition::database).distinct().toList();
	}

	private void checkPortsFree() {
		Map<String, Integer> ports = new LinkedHashMap<>();
		this.options.services().forEach((service) -> ports.put(service.name(), service.port()));
		ports.put("Kafka", this.options.kafkaPort());
		ports.put("mail catcher SMTP", this.options.smtpPort());
		ports.put("mail catcher API", this.options.mailApiPort());
		ports.put("token server", this.options.authPort());
		// a PostgreSQL left running on our data directory is stopped by Postgres.start
		if (!Files.exists(this.options.postgresDir().resolve("postmaster.pid"))) {
			ports.put("PostgreSQL", this.options.postgresPort());
		}
		List<String> busy = ports.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != 0 && !FreePorts.isFree(entry.getValue()))
			.map((entry) -> entry.getKey() + " (" + entry.getValue() + ")")
			.toList();
		if (!busy.isEmpty()) {
			throw new IllegalStateException("Ports already in use: " + String.join(", ", busy)
					+ ". Is another local stack or a PostgreSQL/Kafka running?");
		}
	}

	private static void checkJars(List<ServiceDefinition> services) {
		List<String> missing = services.stream()
			.filter((service) -> !Files.isRegularFile(service.jar()))
			.map((service) -> service.jar().toString())
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					"Service jars missing (build them with ./mvnw -DskipTests install): " + missing);
		}
	}

	/**
	 * One launcher per directory: a second one would share PostgreSQL's and Kafka's data
	 * and fight over the ports.
	 */
	private static FileChannel lock(Path baseDir) {
		try {
			Files.createDirectories(baseDir);
			FileChannel channel = FileChannel.open(baseDir.resolve("local-stack.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("Another local stack is running in " + baseDir);
			}
			return channel;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private <T> void stopOnce(String what, T component, Consumer<T> stop) {
		if (component == null || !this.stoppedComponents.add(component)) {
			return;
		}
		try {
			stop.accept(component);
		}
		catch (RuntimeException ex) {
			logger.warn("Stopping {} failed: {}", what, ex.toString());
		}
	}

	private static void join(CompletableFuture<Void> future) {
		try {
			future.join();
		}
		catch (CompletionException ex) {
			Throwable cause = Optional.ofNullable(ex.getCause()).orElse(ex);
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(cause);
		}
	}

	private static String relative(Path base, Path path) {
		return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting", ex);
		}
	}

}
