package uk.gov.cheltenham.psr.systemtests;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import uk.gov.cheltenham.psr.localstack.LocalStack;
import uk.gov.cheltenham.psr.localstack.LocalStackOptions;

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
		LocalStackOptions options = LocalStackOptions
			.onFreePorts(repository, repository.resolve("system-tests/target/system-stack"))
			.withStartTimeout(Duration.ofSeconds(300));
		LocalStack.deleteData(options);
		LocalStack started = LocalStack.start(options);
		System.out.println("System under test started in " + started.startupTime().toSeconds() + " s");
		stack = started;
		return started;
	}

	/**
	 * The repository root, where the service jars and {@code docs/} are.
	 * @return the directory holding the root {@code pom.xml}
	 */
	public static Path repositoryRoot() {
		return Path.of(System.getProperty("psr.repository.root", "..")).toAbsolutePath().normalize();
	}

	/** Closed by JUnit when the run ends. */
	private record Running(LocalStack stack) implements AutoCloseable {

		@Override
		public void close() {
			this.stack.stop();
		}

	}

}
