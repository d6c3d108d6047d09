package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.cheltenham.psr.localstack.LocalStackOptions;
import uk.gov.cheltenham.psr.localstack.ServiceDefinition;

/**
 * Watches the services start, beside the launcher: for each, the time from its process
 * start (as the kernel records it) to the first {@code /actuator/health/readiness} UP,
 * polled every 50 ms; the CPU time its process had used by then (what bounds how fast
 * several start together on few cores); and what Spring Boot itself logs ("Started ... in
 * N seconds (process running for M)").
 */
final class StartupWatcher implements AutoCloseable {

	private static final Pattern STARTED = Pattern
		.compile("Started \\S+ in ([\\d.]+) seconds \\(process running for ([\\d.]+)\\)");

	private final LocalStackOptions options;

	private final StackProcesses processes;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final Map<String, Instant> processStart = new ConcurrentHashMap<>();

	private final Map<String, Instant> readyAt = new ConcurrentHashMap<>();

	private final Map<String, Duration> cpuAtReady = new ConcurrentHashMap<>();

	private final Thread watcher;

	private volatile boolean running = true;

	StartupWatcher(LocalStackOptions options) {
		this.options = options;
		this.processes = new StackProcesses(options);
		this.watcher = new Thread(this::watch, "psr-bench-startup");
		this.watcher.setDaemon(true);
		this.watcher.start();
	}

	/**
	 * One service's start-up.
	 *
	 * @param toReady from the process start to ready
	 * @param cpuToReady the process's CPU time (user + system, all threads) when ready
	 * @param springSays what Spring Boot logged
	 */
	record Startup(Duration toReady, Duration cpuToReady, String springSays) {

	}

	Map<String, Startup> startups() {
		Map<String, Startup> startups = new LinkedHashMap<>();
		for (ServiceDefinition service : this.options.services()) {
			Instant start = this.processStart.get(service.name());
			Instant ready = this.readyAt.get(service.name());
			Duration toReady = (start != null && ready != null) ? Duration.between(start, ready) : null;
			startups.put(service.name(),
					new Startup(toReady, this.cpuAtReady.get(service.name()), springSays(service.name())));
		}
		return startups;
	}

	private String springSays(String service) {
		Path log = this.options.logDir().resolve(service + ".log");
		try {
			Matcher matcher = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
			String last = null;
			while (matcher.find()) {
				last = "started in " + matcher.group(1) + " s, JVM up " + matcher.group(2) + " s";
			}
			return last;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private void watch() {
		while (this.running && this.readyAt.size() < this.options.services().size()) {
			for (ServiceDefinition service : this.options.services()) {
				if (this.readyAt.containsKey(service.name())) {
					continue;
				}
				if (!this.processStart.containsKey(service.name())) {
					Optional<Instant> start = this.processes.service(service.name())
						.flatMap((process) -> process.info().startInstant());
					start.ifPresent((instant) -> this.processStart.put(service.name(), instant));
				}
				if (this.processStart.containsKey(service.name()) && isReady(service)) {
					this.readyAt.put(service.name(), Instant.now());
					this.processes.service(service.name())
						.flatMap((process) -> process.info().totalCpuDuration())
						.ifPresent((cpu) -> this.cpuAtReady.put(service.name(), cpu));
				}
			}
			DecisionToMarker.sleep(Duration.ofMillis(50));
		}
	}

	private boolean isReady(ServiceDefinition service) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void close() {
		this.running = false;
	}

}
