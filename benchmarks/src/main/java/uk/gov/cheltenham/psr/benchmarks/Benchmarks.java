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

	/** How long P1's profiled repeat decides. */
	static final Duration PROFILED_P1 = Duration.ofSeconds(30);

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

		out.println("Starting the whole stack (fat jars) ...");
		StackRun main = StackRun.start("fat jars", options, Function.identity());
		try {
			report.startup(main);
			if (options.p2Only()) {
				report.intake(intake(main, out).run(options.p2WarmUp(), options.p2Rates(), options.p2StepDuration(),
						options.rawDir(), options.p2Profile() ? profiles(options) : null, true));
				report.memoryAfterLoad(main.processes().memory());
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
		// the CPU each process uses from the first measured decision (neither the reports
		// beforehand nor the warm-up)
		AtomicReference<Map<String, Duration>> cpuAtStart = new AtomicReference<>();
		DecisionToMarker.Result decisions = new DecisionToMarker(main.stack(), logins, out).run(options.p1PerSecond(),
				options.p1WarmUp(), options.p1Duration(), options.rawDir(), () -> {
				}, () -> cpuAtStart.set(main.processes().cpu()));
		Map<String, Duration> cpuBefore = (cpuAtStart.get() != null) ? cpuAtStart.get() : Map.of();
		Map<String, Duration> cpuUsed = new LinkedHashMap<>();
		main.processes()
			.cpu()
			.forEach((group, after) -> cpuUsed.put(group, after.minus(cpuBefore.getOrDefault(group, Duration.ZERO))));
		report.decisions(decisions, cpuUsed);
		if (!options.p1Only()) {
			out.println("P2: intake throughput ...");
			report.intake(intake(main, out).run(options.p2WarmUp(), options.p2Rates(), options.p2StepDuration(),
					options.rawDir(), null, false));
		}
		report.memoryAfterLoad(main.processes().memory());
		profiledRepeats(options, report, main, out);
	}

	/**
	 * Flight Recorder costs each JVM a few CPU seconds to start and tens of MiB of memory
	 * it keeps (41 MiB of native memory in register-service, by Native Memory Tracking):
	 * so the figures above are measured without it, and the profiles come from short
	 * repeats afterwards, on the same warm stack.
	 */
	private static void profiledRepeats(BenchmarkOptions options, ResultsReport report, StackRun main,
			PrintStream out) {
		Path scratch = options.workDir().resolve("profiled-repeat-raw");
		out.println("P1 again for " + PROFILED_P1.toSeconds() + " s, with Flight Recorder on every service ...");
		Map<String, ProcessHandle> profiled = new LinkedHashMap<>();
		AtomicReference<Instant> from = new AtomicReference<>();
		new DecisionToMarker(main.stack(), main.stack().logins(), out).run(options.p1PerSecond(), Duration.ZERO,
				PROFILED_P1, scratch, () -> {
					for (String service : serviceNames(main)) {
						main.processes()
							.service(service)
							.filter((process) -> JfrProfile.start(process.pid(), "p1",
									profiles(options).resolve("p1-" + service + ".jfr")))
							.ifPresent((process) -> profiled.put(service, process));
					}
				}, () -> from.set(Instant.now()));
		Instant to = Instant.now();
		profiled.values().forEach((process) -> JfrProfile.stop(process.pid(), "p1"));
		if (profiled.containsKey("register-service") && from.get() != null) {
			report.decisionsProfile(
					new JfrProfile.Window(profiles(options).resolve("p1-register-service.jfr"), from.get(), to));
		}
		if (!options.p1Only()) {
			IntakeThroughput.Step held = report.highestSustained();
			int rate = (held != null) ? held.perSecond() : options.p2Rates().get(0);
			out.println("P2 again at " + rate + "/s, with Flight Recorder on incident-service ...");
			intake(main, out)
				.run(options.p2WarmUp(), List.of(rate), options.p2StepDuration(), scratch, profiles(options), false)
				.forEach(report::intakeProfile);
		}
	}

	private static IntakeThroughput intake(StackRun main, PrintStream out) {
		return new IntakeThroughput(main.stack(), main.stack().logins(), main.processes(), out);
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
			try {
				// a rolling deployment with the archive: the case the 8 s target can be
				// met in
				report.appCds(training, sharing, archives, ServiceRestarts.measure(sharing, out));
			}
			finally {
				sharing.stop();
			}
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
