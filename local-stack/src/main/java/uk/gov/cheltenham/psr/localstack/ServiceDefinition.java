package uk.gov.cheltenham.psr.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service the stack runs as its own JVM.
 *
 * @param name the service (and Maven module) name, e.g. {@code incident-service}
 * @param port the HTTP port ({@code PSR_PORT})
 * @param jar the runnable Spring Boot jar
 * @param database the PostgreSQL database it owns
 * @param environment extra environment variables for this service only
 * @param niceness the CPU scheduling priority its JVM runs at once ready ({@code nice}: 0
 * is normal, higher yields the CPU to others when both are ready to run)
 * @param jvmOptions JVM options for this service only, after the ones every service gets
 * (so one of these wins over the same option there)
 */
public record ServiceDefinition(String name, int port, Path jar, String database, Map<String, String> environment,
		int niceness, List<String> jvmOptions) {

	/** The version every module of this build has. */
	public static final String VERSION = "0.1.0-SNAPSHOT";

	/**
	 * The niceness of services off the path from a decision to its marker, once they are
	 * ready. When the services share a few cores, the marker path (incident-service,
	 * register-service, the broker, PostgreSQL) runs first and letters, partner updates
	 * and team notifications take what is left; they wait, they are not starved (see
	 * docs/benchmarks/results.md, session 6).
	 */
	public static final int OFF_MARKER_PATH_NICENESS = 10;

	public ServiceDefinition {
		environment = Map.copyOf(environment);
		jvmOptions = List.copyOf(jvmOptions);
		if (niceness < 0 || niceness > 19) {
			throw new IllegalArgumentException("niceness must be 0-19, was " + niceness);
		}
	}

	/** A service at normal priority. */
	public ServiceDefinition(String name, int port, Path jar, String database, Map<String, String> environment) {
		this(name, port, jar, database, environment, 0, List.of());
	}

	/**
	 * The five services on their usual ports, with the jars Maven builds in the
	 * repository.
	 * @param repositoryRoot the directory holding the root {@code pom.xml}
	 * @return the services in the order of the flow
	 */
	public static List<ServiceDefinition> defaults(Path repositoryRoot) {
		return List.of(of(repositoryRoot, "incident-service", 8081, "incident", 0),
				of(repositoryRoot, "register-service", 8082, "register", 0),
				of(repositoryRoot, "notification-service", 8083, "notification", OFF_MARKER_PATH_NICENESS),
				of(repositoryRoot, "letters-service", 8084, "letters", OFF_MARKER_PATH_NICENESS),
				of(repositoryRoot, "partner-sync-service", 8085, "partnersync", OFF_MARKER_PATH_NICENESS));
	}

	/**
	 * Where Maven puts a module's runnable jar.
	 * @param repositoryRoot the directory holding the root {@code pom.xml}
	 * @param module the module name
	 * @return the {@code -exec} jar
	 */
	public static Path execJar(Path repositoryRoot, String module) {
		return repositoryRoot.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-exec.jar");
	}

	/**
	 * The same service on another port.
	 * @param port the port
	 * @return the changed definition
	 */
	public ServiceDefinition withPort(int port) {
		return new ServiceDefinition(this.name, port, this.jar, this.database, this.environment, this.niceness,
				this.jvmOptions);
	}

	/**
	 * The same service run from another jar.
	 * @param jar the jar
	 * @return the changed definition
	 */
	public ServiceDefinition withJar(Path jar) {
		return new ServiceDefinition(this.name, this.port, jar, this.database, this.environment, this.niceness,
				this.jvmOptions);
	}

	/**
	 * The same service with other environment variables.
	 * @param environment all of its extra environment variables
	 * @return the changed definition
	 */
	public ServiceDefinition withEnvironment(Map<String, String> environment) {
		return new ServiceDefinition(this.name, this.port, this.jar, this.database, environment, this.niceness,
				this.jvmOptions);
	}

	/**
	 * The same service at another CPU priority.
	 * @param niceness 0 (normal) to 19
	 * @return the changed definition
	 */
	public ServiceDefinition withNiceness(int niceness) {
		return new ServiceDefinition(this.name, this.port, this.jar, this.database, this.environment, niceness,
				this.jvmOptions);
	}

	/**
	 * The same service with JVM options of its own.
	 * @param jvmOptions all of its own options, after the ones every service gets
	 * @return the changed definition
	 */
	public ServiceDefinition withJvmOptions(List<String> jvmOptions) {
		return new ServiceDefinition(this.name, this.port, this.jar, this.database, this.environment, this.niceness,
				jvmOptions);
	}

	/**
	 * The options its JVM starts with: the ones every service gets, then its own (the JVM
	 * takes the last of two same options, so its own win).
	 * @param everyService the options every service gets
	 * @return both, in that order
	 */
	public List<String> jvmOptionsAfter(List<String> everyService) {
		List<String> options = new ArrayList<>(everyService);
		options.addAll(this.jvmOptions);
		return List.copyOf(options);
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	private static ServiceDefinition of(Path root, String name, int port, String database, int niceness) {
		return new ServiceDefinition(name, port, execJar(root, name), database, Map.of(), niceness, List.of());
	}

}
