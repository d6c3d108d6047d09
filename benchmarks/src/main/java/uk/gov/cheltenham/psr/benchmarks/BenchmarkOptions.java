package uk.gov.cheltenham.psr.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.cheltenham.psr.localstack.JvmOptionsFor;

/**
 * What to run, from the command line. Defaults are the issue's: P1 at 10 decisions/s for
 * 2 minutes (after 30 s at that rate, not recorded); P2 at 25, 50, 100, 150, 200, 250,
 * 300 reports/s for 20 s each; AppCDS tried.
 *
 * @param repository the repository root (the service jars are under it)
 * @param p1PerSecond P1's decision rate
 * @param p1Duration how long P1 sends decisions
 * @param p1WarmUp how long P1 sends decisions at the same rate before the measured ones
 * (not recorded), so the services' JIT has compiled the path
 * @param p2Rates P2's steps
 * @param p2StepDuration how long each P2 step lasts
 * @param p2WarmUp how long P2 first sends reports at its warm-up rate, not recorded
 * @param floorSamples how many Kafka round trips and PostgreSQL commits the floor takes
 * @param appCds whether to try class-data sharing (two more stack starts)
 * @param startupOnly only P3: the stack's start, each service restarted alone, and
 * (unless {@code --no-appcds}) two more starts trying AppCDS; no load
 * @param p2Only only P2 (no floor, P1 or AppCDS starts): for A/B comparisons
 * @param p1Only only P1 (no floor, P2 or AppCDS starts): for A/B comparisons
 * @param serviceJvmOptions the services' JVM options (empty: the launcher's defaults)
 * @param serviceEnvironment extra environment for every service (e.g.
 * {@code JAVA_TOOL_OPTIONS=-Dpsr.x=y}), for A/B comparisons
 * @param ownJvmOptions JVM options for one service only, by service name, after the ones
 * every service gets
 * @param launcherCds start the stack with the launcher's own class-data sharing (as
 * {@code run-local.sh} does by default): the first such start records the archives
 * @param equalPriority start every service at normal CPU priority, instead of the
 * launcher's lower priority for those off the marker path
 * @param p2Profile whether a P2-only run records incident-service with Flight Recorder
 * (it costs CPU per report: A/B runs of capacity turn it off)
 * @param abLabel names one side of an A/B comparison: its results and raw histograms go
 * to {@code benchmarks/target/ab/} instead of {@code docs/benchmarks/} (empty: a normal
 * run)
 */
record BenchmarkOptions(Path repository, double p1PerSecond, Duration p1Duration, Duration p1WarmUp,
		List<Integer> p2Rates, Duration p2StepDuration, Duration p2WarmUp, int floorSamples, boolean appCds,
		boolean startupOnly, boolean p2Only, boolean p1Only, List<String> serviceJvmOptions,
		Map<String, String> serviceEnvironment, Map<String, List<String>> ownJvmOptions, boolean launcherCds,
		boolean equalPriority, boolean p2Profile, String abLabel) {

	static final String USAGE = """
			Usage: benchmarks/run.sh [--p1-rate N] [--p1-seconds S] [--p1-warmup-seconds S] [--p2-rates A,B,..] [--p2-step-seconds S]
			                         [--p2-warmup-seconds S] [--jvm-options-for SERVICE="OPTS"]
			                         [--floor-samples N] [--no-appcds] [--quick] [--startup-only] [--repo DIR]
			                         [--p1-only] [--p2-only] [--service-jvm-options "OPTS"] [--service-env NAME=VALUE]
			                         [--launcher-cds] [--equal-priority] [--no-profile] [--ab-label NAME]
			  --quick  a short run: P1 30 s, P2 steps of 10 s, 500 floor samples
			  --startup-only  only P3 (with AppCDS unless --no-appcds), into results-startup.md
			  --p1-only  only P1 (for A/B runs)
			  --p1-warmup-seconds S  P1 first sends S seconds of decisions at its rate that are not recorded (default 30)
			  --p2-only  only P2 (for A/B runs)
			  --service-jvm-options "OPTS"  the services' JVM options instead of the launcher's defaults
			  --service-env NAME=VALUE  an extra environment variable for every service (repeatable)
			  --jvm-options-for SERVICE="OPTS"  JVM options for that service only, after the others (repeatable)
			  --p2-warmup-seconds S  P2 first sends S seconds of reports at 50/s that are not recorded (default 30)
			  --launcher-cds  the launcher's AppCDS (the first start records, later ones use it)
			  --equal-priority  every service at normal CPU priority (the launcher lowers those off the marker path)
			  --no-profile  a --p2-only run without Flight Recorder on incident-service
			  --ab-label NAME  one side of an A/B run: results in benchmarks/target/ab/NAME.md""";

	static BenchmarkOptions parse(String[] args) {
		Path repository = Path.of("").toAbsolutePath();
		double p1PerSecond = 10;
		Duration p1Duration = Duration.ofMinutes(2);
		// steady state, as the issue asks: the first seconds are the JIT compiling the
		// path
		Duration p1WarmUp = Duration.ofSeconds(30);
		List<Integer> p2Rates = List.of(25, 50, 100, 150, 200, 250, 300);
		Duration p2StepDuration = Duration.ofSeconds(20);
		// 30 s of reports warm the JIT and the pools first: after only a few hundred, the
		// first step measured C1 still compiling (session 6)
		Duration p2WarmUp = Duration.ofSeconds(30);
		int floorSamples = 2000;
		boolean appCds = true;
		boolean startupOnly = false;
		boolean p2Only = false;
		boolean p1Only = false;
		List<String> serviceJvmOptions = List.of();
		Map<String, String> serviceEnvironment = new LinkedHashMap<>();
		Map<String, List<String>> ownJvmOptions = new LinkedHashMap<>();
		String abLabel = "";
		boolean launcherCds = false;
		boolean equalPriority = false;
		boolean p2Profile = true;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--quick" -> {
					p1Duration = Duration.ofSeconds(30);
					p2StepDuration = Duration.ofSeconds(10);
					floorSamples = 500;
				}
				case "--no-appcds" -> appCds = false;
				case "--startup-only" -> startupOnly = true;
				case "--p1-rate" -> p1PerSecond = Double.parseDouble(value(args, ++i, arg));
				case "--p1-warmup-seconds" -> p1WarmUp = Duration.ofSeconds(Long.parseLong(value(args, ++i, arg)));
				case "--p1-seconds" -> p1Duration = Duration.ofSeconds(Long.parseLong(value(args, ++i, arg)));
				case "--p2-rates" -> p2Rates = Arrays.stream(value(args, ++i, arg).split(","))
					.map(String::trim)
					.map(Integer::valueOf)
					.toList();
				case "--p2-step-seconds" -> p2StepDuration = Duration.ofSeconds(Long.parseLong(value(args, ++i, arg)));
				case "--p2-warmup-seconds" -> p2WarmUp = Duration.ofSeconds(Long.parseLong(value(args, ++i, arg)));
				case "--floor-samples" -> floorSamples = Integer.parseInt(value(args, ++i, arg));
				case "--p2-only" -> p2Only = true;
				case "--p1-only" -> p1Only = true;
				case "--service-jvm-options" -> serviceJvmOptions = List.of(value(args, ++i, arg).trim().split("\\s+"));
				case "--service-env" -> {
					String[] pair = value(args, ++i, arg).split("=", 2);
					if (pair.length != 2) {
						throw new IllegalArgumentException(arg + " needs NAME=VALUE");
					}
					serviceEnvironment.put(pair[0], pair[1]);
				}
				case "--jvm-options-for" -> {
					JvmOptionsFor own = JvmOptionsFor.parse(value(args, ++i, arg));
					ownJvmOptions.put(own.service(), own.options());
				}
				case "--ab-label" -> abLabel = value(args, ++i, arg);
				case "--launcher-cds" -> launcherCds = true;
				case "--equal-priority" -> equalPriority = true;
				case "--no-profile" -> p2Profile = false;
				case "--repo" -> repository = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
				default -> throw new IllegalArgumentException("Unknown option " + arg);
			}
		}
		return new BenchmarkOptions(repository, p1PerSecond, p1Duration, p1WarmUp, p2Rates, p2StepDuration, p2WarmUp,
				floorSamples, appCds, startupOnly, p2Only, p1Only, serviceJvmOptions, Map.copyOf(serviceEnvironment),
				Map.copyOf(ownJvmOptions), launcherCds, equalPriority, p2Profile, abLabel);
	}

	private static String value(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[i];
	}

	Path resultsDir() {
		return this.abLabel.isEmpty() ? this.repository.resolve("docs").resolve("benchmarks") : workDir().resolve("ab");
	}

	Path rawDir() {
		return resultsDir().resolve(this.abLabel.isEmpty() ? "raw" : this.abLabel + "-raw");
	}

	/** The results file's name. */
	String resultsFile() {
		if (!this.abLabel.isEmpty()) {
			return this.abLabel + ".md";
		}
		return this.startupOnly ? "results-startup.md" : "results.md";
	}

	Path workDir() {
		return this.repository.resolve("benchmarks").resolve("target");
	}

}
