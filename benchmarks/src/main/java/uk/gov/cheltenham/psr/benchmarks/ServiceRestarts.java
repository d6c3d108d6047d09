package uk.gov.cheltenham.psr.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import uk.gov.cheltenham.psr.localstack.LocalStackOptions;
import uk.gov.cheltenham.psr.localstack.ServiceDefinition;

/**
 * P3 as a deployment meets it: one service stopped and started again while the rest of
 * the stack runs, its database already migrated and holding data. Each is restarted in
 * turn, with a pause after it so that its own warm-up does not slow the next.
 */
final class ServiceRestarts {

	/** Time for a restarted service's first polls and consumer joins to pass. */
	private static final Duration SETTLE = Duration.ofSeconds(10);

	private ServiceRestarts() {
	}

	/**
	 * One service's restart.
	 *
	 * @param service its name
	 * @param startup from its new process's start to ready, and what Spring Boot says
	 * @param rssMib its resident memory once ready
	 * @param conditions the load average when it was ready
	 */
	record Restart(String service, StartupWatcher.Startup startup, long rssMib, String conditions) {

	}

	/**
	 * Restarts every service of the run, one at a time.
	 * @param run the running stack
	 * @param out progress
	 * @return each restart, in the stack's order
	 */
	static List<Restart> measure(StackRun run, PrintStream out) {
		List<Restart> restarts = new ArrayList<>();
		for (ServiceDefinition service : run.stack().options().services()) {
			out.println("P3: restarting " + service.name() + " alone ...");
			run.stack().stopService(service.name());
			LocalStackOptions justThis = run.stack().options().withServices(List.of(service));
			try (StartupWatcher watcher = new StartupWatcher(justThis)) {
				run.stack().startService(service.name());
				// the watcher polls more often than the launcher; give it its last look
				DecisionToMarker.sleep(Duration.ofMillis(200));
				long rss = run.processes().memory().get(service.name()).rssMib();
				restarts.add(
						new Restart(service.name(), watcher.startups().get(service.name()), rss, Machine.conditions()));
			}
			DecisionToMarker.sleep(SETTLE);
		}
		return restarts;
	}

}
