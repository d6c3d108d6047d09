package uk.gov.cheltenham.psr.benchmarks;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import uk.gov.cheltenham.psr.localstack.DemoLogins;
import uk.gov.cheltenham.psr.localstack.LocalStack;

/**
 * P2: incident reports at a fixed rate, rising in steps until p99 passes the limit or a
 * request fails. Each step is profiled (Flight Recorder on incident-service) and the CPU
 * each process of the stack used is noted.
 */
final class IntakeThroughput {

	static final double P99_LIMIT_MILLIS = 100;

	static final int WARM_UP_PER_SECOND = 50;

	private final LocalStack stack;

	private final DemoLogins logins;

	private final StackProcesses processes;

	private final PrintStream out;

	IntakeThroughput(LocalStack stack, DemoLogins logins, StackProcesses processes, PrintStream out) {
		this.stack = stack;
		this.logins = logins;
		this.processes = processes;
		this.out = out;
	}

	/** One step's figures. */
	record Step(int perSecond, int requests, int errors, String firstError, double achievedPerSecond,
			Latencies latencies, Map<String, Duration> cpu, Duration machineBusy, Duration wallTime,
			JfrProfile.Window profile, String conditions) {

		/** The A/B figure least disturbed by other load: CPU time, not wall time. */
		double incidentCpuMillisPerReport() {
			Duration used = this.cpu.getOrDefault("incident-service", Duration.ZERO);
			return used.toNanos() / 1e6 / this.requests;
		}

		boolean sustained() {
			return this.errors == 0 && this.latencies.millisAt(99) <= P99_LIMIT_MILLIS;
		}

	}

	/**
	 * @param profileDir where Flight Recorder writes incident-service's recording, or
	 * null for none
	 * @param everyStep run every step, not only up to the first that does not hold: an
	 * A/B run compares the CPU per report at the same rates
	 */
	List<Step> run(Duration warmUp, List<Integer> rates, Duration stepDuration, Path rawDir, Path profileDir,
			boolean everyStep) {
		String token = this.logins.token("rep");
		try (KeepAliveHttp http = new KeepAliveHttp(URI.create(this.stack.url("incident-service")))) {
			return run(http, token, warmUp, rates, stepDuration, rawDir, profileDir, everyStep);
		}
	}

	private List<Step> run(KeepAliveHttp http, String token, Duration warmUp, List<Integer> rates,
			Duration stepDuration, Path rawDir, Path profileDir, boolean everyStep) {
		String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
		Optional<ProcessHandle> incidentService = this.processes.service("incident-service");
		// one recording for every step, started before the warm-up so that its start
		// does not fall in a step; each step sums up its own window of it
		Path profile = (profileDir != null) ? profileDir.resolve("p2-incident-service.jfr") : null;
		boolean profiling = profile != null && incidentService.isPresent()
				&& JfrProfile.start(incidentService.get().pid(), "p2", profile);
		OpenLoad.run(WARM_UP_PER_SECOND, (int) (WARM_UP_PER_SECOND * warmUp.toSeconds()), 32,
				(i, intended) -> post(http, token, "WARM-" + run + "-" + i));
		List<Step> steps = new ArrayList<>();
		for (int rate : rates) {
			int count = (int) (rate * stepDuration.toSeconds());
			this.out.printf("  P2: %d incidents/s for %d s ...%n", rate, stepDuration.toSeconds());
			Latencies latencies = new Latencies("p2-intake-" + rate + "-per-s");
			AtomicInteger errors = new AtomicInteger();
			List<String> firstError = new ArrayList<>();
			Instant from = Instant.now();
			Map<String, Duration> cpuBefore = this.processes.cpu();
			Duration busyBefore = StackProcesses.machineBusy();
			Duration wall = OpenLoad.run(rate, count, 200, (i, intended) -> {
				Http.Answer answer = post(http, token, "P2-" + run + "-" + rate + "-" + i);
				latencies.record(intended, System.nanoTime());
				if (answer.status() != 201 && errors.incrementAndGet() == 1) {
					synchronized (firstError) {
						firstError.add(answer.status() + " " + abbreviate(answer.body()));
					}
				}
			});
			Map<String, Duration> cpu = minus(this.processes.cpu(), cpuBefore);
			Duration busy = StackProcesses.machineBusy().minus(busyBefore);
			latencies.writeTo(rawDir);
			Step step = new Step(rate, count, errors.get(), firstError.isEmpty() ? null : firstError.get(0),
					count / (wall.toNanos() / 1e9), latencies, cpu, busy, wall,
					profiling ? new JfrProfile.Window(profile, from, Instant.now()) : null, Machine.conditions());
			steps.add(step);
			this.out.printf("  P2: %d/s: %s, %d errors; incident-service %.2f CPU ms per report; %s%n", rate,
					latencies.summary(), step.errors(), step.incidentCpuMillisPerReport(), step.conditions());
			if (!step.sustained() && !everyStep) {
				break;
			}
			// the reports' events drain before the next step
			DecisionToMarker.sleep(Duration.ofSeconds(5));
		}
		if (profiling) {
			JfrProfile.stop(incidentService.get().pid(), "p2");
		}
		return steps;
	}

	private static Http.Answer post(KeepAliveHttp http, String token, String customerReference) {
		return http.postJson("/api/incidents", token, Http.JSON.writeValueAsBytes(Incidents.report(customerReference)));
	}

	private static Map<String, Duration> minus(Map<String, Duration> after, Map<String, Duration> before) {
		Map<String, Duration> used = new LinkedHashMap<>();
		after.forEach((name, cpu) -> used.put(name, cpu.minus(before.getOrDefault(name, Duration.ZERO))));
		return used;
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "..." : text;
	}

}
