package uk.gov.cheltenham.psr.localstack;

import java.nio.file.Path;
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
 */
public record ServiceDefinition(String name, int port, Path jar, String database, Map<String, String> environment) {

	/** The version every module of this build has. */
	public static final String VERSION = "0.1.0-SNAPSHOT";

	public ServiceDefinition {
		environment = Map.copyOf(environment);
	}

	/**
	 * The five services on their usual ports, with the jars Maven builds in the
	 * repository.
	 * @param repositoryRoot the directory holding the root {@code pom.xml}
	 * @return the services in the order of the flow
	 */
	public static List<ServiceDefinition> defaults(Path repositoryRoot) {
		return List.of(of(repositoryRoot, "incident-service", 8081, "incident"),
				of(repositoryRoot, "register-service", 8082, "register"),
				of(repositoryRoot, "notification-service", 8083, "notification"),
				of(repositoryRoot, "letters-service", 8084, "letters"),
				of(repositoryRoot, "partner-sync-service", 8085, "partnersync"));
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
		return new ServiceDefinition(this.name, port, this.jar, this.database, this.environment);
	}

	/**
	 * The same service run from another jar.
	 * @param jar the jar
	 * @return the changed definition
	 */
	public ServiceDefinition withJar(Path jar) {
		return new ServiceDefinition(this.name, this.port, jar, this.database, this.environment);
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	private static ServiceDefinition of(Path root, String name, int port, String database) {
		return new ServiceDefinition(name, port, execJar(root, name), database, Map.of());
	}

}
