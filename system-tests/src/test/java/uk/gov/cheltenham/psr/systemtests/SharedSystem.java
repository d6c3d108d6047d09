package uk.gov.cheltenham.psr.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.localstack.LocalStackOptions;
import uk.gov.cheltenham.psr.localstack.ServiceDefinition;

/**
 * One running system for every system test class in the run: starting five service JVMs,
 * a broker and PostgreSQL takes minutes on a small machine, so it is done once, on first
 * use, and stopped when the test run ends. Use with
 * {@code @ExtendWith(SharedSystem.class)} and {@link #stack()}.
 */
public final class SharedSystem implements BeforeAllCallback {

	private static volatile LocalStack stack;

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(Running.class, (key) -> new Running(start()), Running.class);
	}

	/**
	 * The system, started by the extension.
	 * @return the running stack
	 */
	public static LocalStack stack() {
		LocalStack running = stack;
		if (running == null) {
			throw new IllegalStateException("Not started: add @ExtendWith(SharedSystem.class)");
		}
		return running;
	}

	private static LocalStack start() {
		Path repository = repositoryRoot();
		// under target/, so the services' logs are there to read after a failure
		LocalStackOptions base = LocalStackOptions.onFreePorts(repository,
				repository.resolve("system-tests/target/system-stack"));
		LocalStackOptions options = base.withServices(base.services().stream().map(SharedSystem::forLedger).toList())
			.withStartTimeout(Duration.ofSeconds(300));
		LocalStack.deleteData(options);
		LocalStack started = LocalStack.start(options);
		System.out.println("System under test started in " + started.startupTime().toSeconds() + " s");
		stack = started;
		return started;
	}

	/**
	 * The ledger reports hundreds of incidents as one person: the per-caller intake
	 * limit, there to stop exactly that in production, is lifted.
	 */
	private static ServiceDefinition forLedger(ServiceDefinition service) {
		if (!service.name().equals("incident-service")) {
			return service;
		}
		Map<String, String> environment = new HashMap<>(service.environment());
		environment.put("PSR_RATELIMITS_INTAKE_REQUESTS", "100000000");
		return new ServiceDefinition(service.name(), service.port(), service.jar(), service.database(), environment);
	}

	/**
	 * The repository root, where the service jars and {@code docs/} are.
	 * @return the directory holding the root {@code pom.xml}
	 */
	public static Path repositoryRoot() {
		return RepositoryRoot.find();
	}

	/** Closed by JUnit when the run ends. */
	private record Running(LocalStack stack) implements AutoCloseable {

		@Override
		public void close() {
			this.stack.stop();
		}

	}

}
