package uk.gov.cheltenham.psr.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import uk.gov.cheltenham.psr.localstack.FlakyReceiver;
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

	/** The partner's HTTPS endpoint stand-in, signing secret for its calls. */
	static final String PARTNER_SIGNING_SECRET = "ledger-partner-signing-secret";

	private static volatile LocalStack stack;

	/** Team webhooks and the partner's endpoint: started first, their URLs configured. */
	private static final FlakyReceiver TEAM_WEBHOOKS = FlakyReceiver.start(0);

	private static final FlakyReceiver PARTNER = FlakyReceiver.start(0);

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

	/**
	 * The receiver of team webhooks, to subscribe to and to make fail.
	 * @return the running receiver
	 */
	public static FlakyReceiver teamWebhooks() {
		return TEAM_WEBHOOKS;
	}

	/**
	 * The partner's endpoint (partner-sync's channel in this system: the local stack has
	 * no TLS mail server for the partner), to make fail.
	 * @return the running receiver
	 */
	public static FlakyReceiver partner() {
		return PARTNER;
	}

	private static LocalStack start() {
		Path repository = repositoryRoot();
		// under target/, so the services' logs are there to read after a failure
		LocalStackOptions base = LocalStackOptions.onFreePorts(repository,
				repository.resolve("system-tests/target/system-stack"));
		LocalStackOptions options = base.withServices(base.services().stream().map(SharedSystem::forLedger).toList())
			.withStartTimeout(Duration.ofSeconds(600));
		LocalStack.deleteData(options);
		LocalStack started = LocalStack.start(options);
		System.out.println("System under test started in " + started.startupTime().toSeconds() + " s");
		stack = started;
		return started;
	}

	/**
	 * The ledger reports hundreds of incidents as one person: the per-caller intake
	 * limit, there to stop exactly that in production, is lifted. Team webhooks and the
	 * partner's endpoint are plain HTTP receivers on loopback, which the services allow
	 * only when switched on (never in production).
	 */
	private static ServiceDefinition forLedger(ServiceDefinition service) {
		Map<String, String> environment = new HashMap<>(service.environment());
		switch (service.name()) {
			case "incident-service" -> environment.put("PSR_RATELIMITS_INTAKE_REQUESTS", "100000000");
			case "notification-service" -> environment.put("PSR_ALLOW_INSECURE_LOOPBACK_WEBHOOKS", "true");
			case "partner-sync-service" -> {
				environment.put("PSR_PARTNER_CHANNEL", "https");
				environment.put("PSR_PARTNER_HTTPS_ENDPOINT", PARTNER.url("/cbh/psr-updates"));
				environment.put("PSR_PARTNER_HTTPS_SIGNING_SECRET", PARTNER_SIGNING_SECRET);
				environment.put("PSR_PARTNER_HTTPS_ALLOW_INSECURE_LOOPBACK", "true");
			}
			default -> {
				return service;
			}
		}
		return service.withEnvironment(environment);
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
