package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import uk.gov.cheltenham.psr.localstack.DemoLogins;
import uk.gov.cheltenham.psr.localstack.ServiceDefinition;

/**
 * Runs P1, P2 and P3 against the whole stack started by the local-stack launcher, and
 * writes {@code docs/benchmarks/results.md} and the raw histograms and profiles beside
 * it. See {@code benchmarks/run.sh}.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) {
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(BenchmarkOptions.USAGE);
			System.exit(2);
			return;
		}
		PrintStream out = System.out;
		ResultsReport report = new ResultsReport(options, shownArguments(args), Instant.now(), Machine.describe(),
				Machine.loadAverage(), Machine.busiestProcesses());
		if (!options.startupOnly()) {
			prepare(options.rawDir());
		}

		out.println("Starting the whole stack (launcher defaults: fat jars) ...");
		StackRun main = StackRun.start("fat jars (launcher defaults)", options, Function.identity());
		try {
			report.startup(main);
			if (options.p2Only()) {
				intake(options, report, main, out);
			}
			else if (!options.startupOnly()) {
				load(options, report, main, out);
			}
			if (!options.p1Only() && !options.p2Only()) {
				report.restarts(ServiceRestarts.measure(main, out));
			}
		}
		finally {
			main.stop();
		}
		if (!options.p2Only() && !options.p1Only() && options.appCds()) {
			appCds(options, report, out);
		}
		report.finish(Machine.loadAverage());
		Path results = options.resultsDir().resolve(options.resultsFile());
		write(results, report.markdown());
		out.println();
		out.println(report.headline());
		out.println("Written: " + results + " and " + options.rawDir());
		System.exit(0);
	}

	private static void load(BenchmarkOptions options, ResultsReport report, StackRun main, PrintStream out) {
		DemoLogins logins = main.stack().logins();
		if (!options.p1Only()) {
			out.println("Local floor: Kafka end-to-end (acks=all) and PostgreSQL commits ...");
			report.floor(LocalFloor.measure(main.stack(), options.floorSamples(), options.rawDir()));
		}
		out.println("P1: decision to marker ...");
		// from the first measured decision (neither the reports beforehand nor the
		// warm-up): the CPU each process uses, and a profile of every service
		// (register-service's, whose consumer was P1's tail, is summed up in the report;
		// the others are kept). The profilers start before the decisions: starting them
		// in the measured window made its whole tail (session 7).
		AtomicReference<Map<String, Duration>> cpuAtStart = new AtomicReference<>();
		AtomicReference<Instant> measuredFrom = new AtomicReference<>();
		Map<String, ProcessHandle> profiled = new LinkedHashMap<>();
		Runnable beforeDecisions = () -> {
			for (String service : serviceNames(main)) {
				main.processes()
					.service(service)
					.filter((process) -> JfrProfile.start(process.pid(), "p1",
							profiles(options).resolve("p1-" + service + ".jfr")))
					.ifPresent((process) -> profiled.put(service, process));
			}
		};
		Runnable atMeasuredStart = () -> {
			cpuAtStart.set(main.processes().cpu());
			measuredFrom.set(Instant.now());
		};
		DecisionToMarker.Result decisions = new DecisionToMarker(main.stack(), logins, out).run(options.p1PerSecond(),
				options.p1WarmUp(), options.p1Duration(), options.rawDir(), beforeDecisions, atMeasuredStart);
		Map<String, Duration> cpuBefore = (cpuAtStart.get() != null) ? cpuAtStart.get() : Map.of();
		Map<String, Duration> cpuAfter = main.processes().cpu();
		Instant measuredTo = Instant.now();
		profiled.values().forEach((process) -> JfrProfile.stop(process.pid(), "p1"));
		report.decisions(decisions);
		Map<String, Duration> cpuUsed = new LinkedHashMap<>();
		cpuAfter
			.forEach((group, after) -> cpuUsed.put(group, after.minus(cpuBefore.getOrDefault(group, Duration.ZERO))));
		report.decisionsProfile(
				(profiled.containsKey("register-service") && measuredFrom.get() != null) ? new JfrProfile.Window(
						profiles(options).resolve("p1-register-service.jfr"), measuredFrom.get(), measuredTo) : null,
				cpuUsed);
		if (options.p1Only()) {
			report.memoryAfterLoad(main.processes().memory());
		}
		else {
			intake(options, report, main, out);
		}
	}

	private static void intake(BenchmarkOptions options, ResultsReport report, StackRun main, PrintStream out) {
		out.println("P2: intake throughput ...");
		IntakeThroughput intake = new IntakeThroughput(main.stack(), main.stack().logins(), main.processes(), out);
		report.intake(intake.run(options.p2Rates(), options.p2StepDuration(), options.rawDir(), profiles(options)));
		report.memoryAfterLoad(main.processes().memory());
	}

	private static void appCds(BenchmarkOptions options, ResultsReport report, PrintStream out) {
		AppCds cds = new AppCds(options.workDir().resolve("appcds"));
		try {
			out.println("AppCDS: training start (extracted jars, -XX:ArchiveClassesAtExit) ...");
			StackRun training = StackRun.start("extracted jars, recording a CDS archive", options, cds::training);
			stopAndAwaitArchives(training);
			Map<String, Long> archives = new LinkedHashMap<>();
			for (ServiceDefinition service : training.stack().options().services()) {
				Path archive = cds.archive(service.name());
				archives.put(service.name(), Files.exists(archive) ? Files.size(archive) : -1L);
			}
			out.println("AppCDS: start with -XX:SharedArchiveFile ...");
			StackRun sharing = StackRun.start("extracted jars + AppCDS archive", options, cds::sharing);
			sharing.stop();
			report.appCds(training, sharing, archives);
		}
		catch (IOException | RuntimeException ex) {
			out.println("AppCDS failed: " + ex);
			report.appCdsFailed(ex.toString());
		}
	}

	/**
	 * The archive is written as each JVM exits, which on a busy machine takes longer than
	 * the launcher's 20 s before it kills: each service gets SIGTERM here and up to 3
	 * minutes, then the launcher stops the rest.
	 */
	private static void stopAndAwaitArchives(StackRun training) {
		List<ProcessHandle> services = Benchmarks.serviceNames(training)
			.stream()
			.flatMap((name) -> training.processes().service(name).stream())
			.toList();
		services.forEach(ProcessHandle::destroy);
		for (ProcessHandle service : services) {
			try {
				service.onExit().get(3, TimeUnit.MINUTES);
			}
			catch (Exception ex) {
				// the launcher kills what is left
			}
		}
		training.stop();
	}

	/**
	 * Flight recordings are large: they stay under target/, their summary goes in the
	 * results.
	 */
	private static Path profiles(BenchmarkOptions options) {
		Path dir = options.workDir().resolve("profiles");
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void prepare(Path rawDir) {
		try {
			Files.createDirectories(rawDir);
			try (var old = Files.list(rawDir)) {
				for (Path file : old.toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The options as a reader would type them: without the repository path. */
	private static String shownArguments(String[] args) {
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--repo")) {
				i++;
			}
			else {
				shown.add(args[i]);
			}
		}
		return String.join(" ", shown);
	}

	static List<String> serviceNames(StackRun run) {
		return run.stack().options().services().stream().map(ServiceDefinition::name).toList();
	}

}
