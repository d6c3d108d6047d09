package uk.gov.cheltenham.psr.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uk.gov.cheltenham.psr.localstack.JvmOptionsFor;
import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.localstack.LocalStackOptions;
import uk.gov.cheltenham.psr.localstack.ServiceDefinition;

/**
 * One start of the whole stack on free ports from an empty directory (so every start runs
 * the same migrations), with its start-up watched and its memory read once ready.
 *
 * @param label what this start tries
 * @param stack the running stack
 * @param processes its processes
 * @param wholeStack the launcher's start-up time (infrastructure, then the five services
 * until all are ready)
 * @param startups each service's start-up
 * @param memoryAtReady each process group's memory once all were ready
 * @param conditions the load average and CPU count when all were ready
 */
record StackRun(String label, LocalStack stack, StackProcesses processes, Duration wholeStack,
		Map<String, StartupWatcher.Startup> startups, Map<String, StackProcesses.Memory> memoryAtReady,
		String conditions) {

	/** Lets webhooks to the benchmark's plain-HTTP loopback receiver through. */
	static final Map<String, String> NOTIFICATION_ENVIRONMENT = Map.of("PSR_ALLOW_INSECURE_LOOPBACK_WEBHOOKS", "true");

	/**
	 * The benchmark reports as one person at hundreds per second: lift the per-caller
	 * intake limit, which exists to stop exactly that in production.
	 */
	static final Map<String, String> INCIDENT_ENVIRONMENT = Map.of("PSR_RATELIMITS_INTAKE_REQUESTS", "100000000");

	/**
	 * Starts the stack.
	 * @param label what this start tries
	 * @param options the benchmark's options
	 * @param customise changes each service's definition (its jar, its environment)
	 * @return the running stack
	 */
	static StackRun start(String label, BenchmarkOptions options,
			Function<ServiceDefinition, ServiceDefinition> customise) {
		LocalStackOptions base = LocalStackOptions.onFreePorts(options.repository(),
				options.workDir().resolve("stack"));
		List<ServiceDefinition> services = new ArrayList<>();
		for (ServiceDefinition service : base.services()) {
			Map<String, String> environment = new HashMap<>(service.environment());
			environment.putAll(options.serviceEnvironment());
			if (service.name().equals("notification-service")) {
				environment.putAll(NOTIFICATION_ENVIRONMENT);
			}
			if (service.name().equals("incident-service")) {
				environment.putAll(INCIDENT_ENVIRONMENT);
			}
			ServiceDefinition changed = service.withEnvironment(environment);
			if (options.equalPriority()) {
				changed = changed.withNiceness(0);
			}
			services.add(customise.apply(changed));
		}
		LocalStackOptions stackOptions = base.withServices(services).withStartTimeout(Duration.ofSeconds(300));
		stackOptions = stackOptions.withClassDataSharing(options.launcherCds());
		for (Map.Entry<String, List<String>> own : options.ownJvmOptions().entrySet()) {
			// as the launcher's --jvm-options-for: an unknown service is refused
			stackOptions = stackOptions.withJvmOptionsFor(new JvmOptionsFor(own.getKey(), own.getValue()));
		}
		if (!options.serviceJvmOptions().isEmpty()) {
			stackOptions = stackOptions.withServiceJvmOptions(options.serviceJvmOptions());
		}
		LocalStack.deleteData(stackOptions);
		StackProcesses processes = new StackProcesses(stackOptions);
		try (StartupWatcher watcher = new StartupWatcher(stackOptions)) {
			LocalStack stack = LocalStack.start(stackOptions);
			// the watcher polls more often than the launcher; give it its last look
			DecisionToMarker.sleep(Duration.ofMillis(200));
			return new StackRun(label, stack, processes, stack.startupTime(), watcher.startups(), processes.memory(),
					Machine.conditions());
		}
	}

	/** A service definition with an extra environment variable. */
	static ServiceDefinition withEnvironment(ServiceDefinition service, String name, String value) {
		Map<String, String> environment = new HashMap<>(service.environment());
		environment.put(name, value);
		return service.withEnvironment(environment);
	}

	void stop() {
		this.stack.stop();
	}

}
