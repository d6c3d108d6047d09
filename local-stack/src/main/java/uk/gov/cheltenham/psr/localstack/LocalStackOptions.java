package uk.gov.cheltenham.psr.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import uk.gov.cheltenham.psr.testsupport.FreePorts;

/**
 * How to run the stack: where its data and logs live, the ports, the services and their
 * JVM options.
 *
 * @param baseDir the stack's directory: PostgreSQL and Kafka data, the signing key, logs
 * @param postgresPort PostgreSQL
 * @param kafkaPort the Kafka client port
 * @param smtpPort the mail catcher's SMTP port
 * @param mailApiPort the mail catcher's HTTP API
 * @param authPort the token server; the issuer is {@code http://127.0.0.1:<authPort>}
 * @param services the services to run
 * @param serviceJvmOptions the options every service JVM gets before {@code -jar}
 * @param startTimeout how long the services may take to become ready, together
 * @param demo whether to load the demo scenario once everything is up
 * @param classDataSharing whether services start with AppCDS ({@link ClassDataSharing})
 */
public record LocalStackOptions(Path baseDir, int postgresPort, int kafkaPort, int smtpPort, int mailApiPort,
		int authPort, List<ServiceDefinition> services, List<String> serviceJvmOptions, Duration startTimeout,
		boolean demo, boolean classDataSharing) {

	/**
	 * Small heap, C1 only, serial GC, small stacks: five Boot JVMs start side by side on
	 * a two-core laptop. The heap starts small and grows as it must (else it starts at
	 * its maximum on a large machine): 10 % less resident memory after load, the same CPU
	 * (docs/benchmarks/results.md, session 5). Native memory freed by the JVM goes back
	 * to the system every 5 s: 21-27 MiB less resident per service after load (session
	 * 7). The bean definitions Spring AOT generated at build time replace the start's
	 * configuration-class parsing: 10-20 % less CPU per start; with AppCDS a service
	 * restarted alone was ready in 5.6-8.8 s against 7.5-9.2 s (session 8).
	 */
	public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-Xss512k",
			"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=5000",
			"-Djava.awt.headless=true", "-Dspring.aot.enabled=true");

	public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

	public LocalStackOptions {
		baseDir = baseDir.toAbsolutePath().normalize();
		services = List.copyOf(services);
		serviceJvmOptions = List.copyOf(serviceJvmOptions);
	}

	/**
	 * The usual ports (PostgreSQL 5432, Kafka 9092, SMTP 3025, mail API 8025, tokens
	 * 9000, services 8081–8085), so services started from an IDE with their
	 * {@code application.yml} defaults find everything; data under
	 * {@code <repository>/.local-stack}.
	 * @param repositoryRoot the directory holding the root {@code pom.xml}
	 * @return the options
	 */
	public static LocalStackOptions defaults(Path repositoryRoot) {
		return new LocalStackOptions(repositoryRoot.resolve(".local-stack"), 5432, 9092, 3025, 8025, 9000,
				ServiceDefinition.defaults(repositoryRoot), DEFAULT_SERVICE_JVM_OPTIONS, DEFAULT_START_TIMEOUT, false,
				true);
	}

	/**
	 * Free ports for everything, for tests that must not clash with a running local
	 * stack.
	 * @param repositoryRoot the directory holding the root {@code pom.xml}
	 * @param baseDir the stack's directory
	 * @return the options
	 */
	public static LocalStackOptions onFreePorts(Path repositoryRoot, Path baseDir) {
		List<Integer> taken = new ArrayList<>();
		List<ServiceDefinition> services = new ArrayList<>();
		for (ServiceDefinition service : ServiceDefinition.defaults(repositoryRoot)) {
			services.add(service.withPort(freePort(taken)));
		}
		return new LocalStackOptions(baseDir, freePort(taken), freePort(taken), freePort(taken), freePort(taken),
				freePort(taken), services, DEFAULT_SERVICE_JVM_OPTIONS, DEFAULT_START_TIMEOUT, false, false);
	}

	public LocalStackOptions withDemo(boolean demo) {
		return new LocalStackOptions(this.baseDir, this.postgresPort, this.kafkaPort, this.smtpPort, this.mailApiPort,
				this.authPort, this.services, this.serviceJvmOptions, this.startTimeout, demo, this.classDataSharing);
	}

	public LocalStackOptions withBaseDir(Path baseDir) {
		return new LocalStackOptions(baseDir, this.postgresPort, this.kafkaPort, this.smtpPort, this.mailApiPort,
				this.authPort, this.services, this.serviceJvmOptions, this.startTimeout, this.demo,
				this.classDataSharing);
	}

	/**
	 * @param own JVM options for one of the services
	 * @return these options with that service's JVM options replaced
	 * @throws IllegalArgumentException if no service has that name
	 */
	public LocalStackOptions withJvmOptionsFor(JvmOptionsFor own) {
		if (this.services.stream().noneMatch((service) -> service.name().equals(own.service()))) {
			throw new IllegalArgumentException("No service named " + own.service() + "; the services are "
					+ this.services.stream().map(ServiceDefinition::name).toList());
		}
		return withServices(this.services.stream()
			.map((service) -> service.name().equals(own.service()) ? service.withJvmOptions(own.options()) : service)
			.toList());
	}

	public LocalStackOptions withServices(List<ServiceDefinition> services) {
		return new LocalStackOptions(this.baseDir, this.postgresPort, this.kafkaPort, this.smtpPort, this.mailApiPort,
				this.authPort, services, this.serviceJvmOptions, this.startTimeout, this.demo, this.classDataSharing);
	}

	public LocalStackOptions withStartTimeout(Duration startTimeout) {
		return new LocalStackOptions(this.baseDir, this.postgresPort, this.kafkaPort, this.smtpPort, this.mailApiPort,
				this.authPort, this.services, this.serviceJvmOptions, startTimeout, this.demo, this.classDataSharing);
	}

	public LocalStackOptions withServiceJvmOptions(List<String> serviceJvmOptions) {
		return new LocalStackOptions(this.baseDir, this.postgresPort, this.kafkaPort, this.smtpPort, this.mailApiPort,
				this.authPort, this.services, serviceJvmOptions, this.startTimeout, this.demo, this.classDataSharing);
	}

	public LocalStackOptions withClassDataSharing(boolean classDataSharing) {
		return new LocalStackOptions(this.baseDir, this.postgresPort, this.kafkaPort, this.smtpPort, this.mailApiPort,
				this.authPort, this.services, this.serviceJvmOptions, this.startTimeout, this.demo, classDataSharing);
	}

	public Path logDir() {
		return this.baseDir.resolve("logs");
	}

	public Path postgresDir() {
		return this.baseDir.resolve("postgres");
	}

	public Path kafkaDir() {
		return this.baseDir.resolve("kafka");
	}

	/**
	 * The token server's signing key, kept so tokens survive a restart.
	 * @return the key file
	 */
	public Path signingKeyFile() {
		return this.baseDir.resolve("auth").resolve("signing-key.json");
	}

	public String issuer() {
		return "http://127.0.0.1:" + this.authPort;
	}

	private static int freePort(List<Integer> taken) {
		int port = FreePorts.find(taken.stream().mapToInt(Integer::intValue).toArray());
		taken.add(port);
		return port;
	}

}
