package uk.gov.cheltenham.psr.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service running in its own JVM ({@code java <options> -jar <service>-exec.jar}),
 * its output appended to {@code <logs>/<service>.log}. Its pid is kept in
 * {@code <base>/run/<service>.pid} so a launcher that was killed outright leaves nothing
 * behind for the next one.
 */
final class ServiceProcess {

	private static final Logger logger = LoggerFactory.getLogger(ServiceProcess.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	/** Writing the archive took minutes on a machine busy with other builds. */
	private static final Duration RECORDING_STOP_TIMEOUT = Duration.ofMinutes(3);

	private static final String ARCHIVE_AT_EXIT = "-XX:ArchiveClassesAtExit=";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final ServiceDefinition definition;

	private final Path logFile;

	private final Path pidFile;

	private volatile Process process;

	private volatile boolean ready;

	private volatile List<String> jvmOptions = List.of();

	private volatile Map<String, String> environment = Map.of();

	private ServiceProcess(ServiceDefinition definition, Path logFile, Path pidFile) {
		this.definition = definition;
		this.logFile = logFile;
		this.pidFile = pidFile;
	}

	/**
	 * Starts the JVM and returns at once; see {@link #isReady()}.
	 * @param definition the service
	 * @param jvmOptions options before {@code -jar}
	 * @param environment the environment variables it needs
	 * @param logDir where its log goes
	 * @param runDir where its pid file goes
	 * @return the starting service
	 */
	static ServiceProcess start(ServiceDefinition definition, List<String> jvmOptions, Map<String, String> environment,
			Path logDir, Path runDir) {
		ServiceProcess service = new ServiceProcess(definition, logDir.resolve(definition.name() + ".log"),
				runDir.resolve(definition.name() + ".pid"));
		service.launch(jvmOptions, environment);
		return service;
	}

	/**
	 * Kills a service JVM a previous launcher left running (it was killed before it could
	 * stop its children). Only a process whose command line runs this service's jar is
	 * touched.
	 * @param definition the service
	 * @param runDir where pid files live
	 */
	static void stopLeftover(ServiceDefinition definition, Path runDir) {
		Path pidFile = runDir.resolve(definition.name() + ".pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try {
			long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
			Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter((handle) -> handle.info()
					.commandLine()
					.orElse("")
					.contains(definition.jar().getFileName().toString()));
			if (leftover.isPresent()) {
				logger.warn("Stopping {} left running by an earlier launcher (pid {})", definition.name(), pid);
				stop(leftover.get(), STOP_TIMEOUT);
			}
			Files.deleteIfExists(pidFile);
		}
		catch (IOException | NumberFormatException ex) {
			logger.warn("Ignoring unreadable pid file {}", pidFile);
		}
	}

	ServiceDefinition definition() {
		return this.definition;
	}

	Path logFile() {
		return this.logFile;
	}

	boolean isAlive() {
		Process current = this.process;
		return current != null && current.isAlive();
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Whether the service says it is ready to take traffic.
	 * @return {@code true} once {@code /actuator/health/readiness} answers UP
	 */
	boolean isReady() {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.definition.baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.GET()
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			this.ready = response.statusCode() == 200 && response.body().contains("\"UP\"");
			return this.ready;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The end of the service's log, for error messages.
	 * @param lines how many lines
	 * @return the lines
	 */
	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Kills the JVM outright (SIGKILL), as a crash or {@code kill -9} would: no shutdown
	 * hook runs, nothing in flight is finished.
	 */
	void kill() {
		Process current = this.process;
		if (current == null) {
			return;
		}
		current.destroyForcibly();
		current.toHandle().onExit().join();
		this.process = null;
		this.ready = false;
	}

	/**
	 * Starts the JVM again with the options and environment it had, after {@link #stop()}
	 * or {@link #kill()}; returns at once, see {@link #isReady()}.
	 */
	void relaunch() {
		if (isAlive()) {
			throw new IllegalStateException(this.definition.name() + " is still running");
		}
		this.ready = false;
		launch(this.jvmOptions, this.environment);
	}

	/**
	 * SIGTERM, so Spring shuts down gracefully, then a kill if it takes too long. A
	 * service still starting has nothing to finish and would only act on SIGTERM once
	 * started, so it is killed at once.
	 */
	void stop() {
		Process current = this.process;
		if (current == null) {
			return;
		}
		if (this.ready && recordingArchive().isPresent()) {
			logger.info("{}: writing its class-data archive as it stops (first run only)", this.definition.name());
		}
		boolean graceful = this.ready && stop(current.toHandle(), stopTimeout());
		if (!graceful) {
			current.destroyForcibly();
			current.toHandle().onExit().join();
			forgetUnfinishedArchive();
		}
		this.process = null;
		this.ready = false;
		try {
			Files.deleteIfExists(this.pidFile);
		}
		catch (IOException ex) {
			// a stale pid file is checked against the command line before use
		}
	}

	/**
	 * SIGTERM, then SIGKILL after the timeout.
	 * @return whether it ended by itself in time
	 */
	private static boolean stop(ProcessHandle handle, Duration timeout) {
		handle.destroy();
		try {
			handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception ex) {
			handle.destroyForcibly();
			handle.onExit().join();
			return false;
		}
	}

	/** The archive being recorded, if this start records one (see ClassDataSharing). */
	private Optional<Path> recordingArchive() {
		return this.jvmOptions.stream()
			.filter((option) -> option.startsWith(ARCHIVE_AT_EXIT))
			.map((option) -> Path.of(option.substring(ARCHIVE_AT_EXIT.length())))
			.findFirst();
	}

	/** Writing the class-data archive at exit takes a few seconds more. */
	private Duration stopTimeout() {
		return recordingArchive().isPresent() ? RECORDING_STOP_TIMEOUT : STOP_TIMEOUT;
	}

	/**
	 * A JVM killed while writing its archive leaves part of one: record again next time.
	 */
	private void forgetUnfinishedArchive() {
		recordingArchive().ifPresent((archive) -> {
			try {
				Files.deleteIfExists(archive);
			}
			catch (IOException ex) {
				logger.warn("Could not delete the unfinished archive {}", archive);
			}
		});
	}

	/**
	 * Once ready, a service off the marker path runs at its lower priority. Lowered after
	 * start-up, not from the start: when all five start together they share the cores
	 * evenly and the whole stack is ready sooner.
	 */
	void lowerPriorityIfOffThePath() {
		int niceness = this.definition.niceness();
		if (niceness > 0 && this.process != null && this.process.isAlive()) {
			ThreadPriority.lower(this.process.pid(), niceness);
		}
	}

	private void launch(List<String> jvmOptions, Map<String, String> environment) {
		this.jvmOptions = List.copyOf(jvmOptions);
		this.environment = Map.copyOf(environment);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(this.definition.jar().toString());
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.logFile.getParent().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
		builder.environment().putAll(environment);
		try {
			Files.writeString(this.logFile,
					"==== " + Instant.now() + " starting " + this.definition.name() + " on port "
							+ this.definition.port() + System.lineSeparator(),
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			this.process = builder.start();
			Files.writeString(this.pidFile, Long.toString(this.process.pid()), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + this.definition.name(), ex);
		}
	}

}
