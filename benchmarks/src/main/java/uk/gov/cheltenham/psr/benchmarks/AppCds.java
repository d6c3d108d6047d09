package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import uk.gov.cheltenham.psr.localstack.ServiceDefinition;

/**
 * Class-data sharing for the services, as Spring Boot recommends it: the fat jar
 * extracted ({@code -Djarmode=tools extract}: a thin jar plus {@code lib/}, since classes
 * from nested jars cannot be archived), a training start with
 * {@code -XX:ArchiveClassesAtExit}, then starts with {@code -XX:SharedArchiveFile}. The
 * launcher passes the same JVM options to every service, so the per-service archive goes
 * in through {@code JAVA_TOOL_OPTIONS}.
 */
final class AppCds {

	private final Path dir;

	AppCds(Path dir) {
		this.dir = dir;
	}

	/** The service run from its extracted jar. */
	ServiceDefinition extracted(ServiceDefinition service) {
		Path destination = this.dir.resolve(service.name());
		if (!Files.isDirectory(destination)) {
			run(List.of(java(), "-Djarmode=tools", "-jar", service.jar().toString(), "extract", "--destination",
					destination.toString()));
		}
		try (Stream<Path> files = Files.list(destination)) {
			Path jar = files.filter((file) -> file.toString().endsWith(".jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar extracted in " + destination));
			return new ServiceDefinition(service.name(), service.port(), jar, service.database(),
					service.environment());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ServiceDefinition training(ServiceDefinition service) {
		return StackRun.withEnvironment(extracted(service), "JAVA_TOOL_OPTIONS",
				"-XX:ArchiveClassesAtExit=" + archive(service.name()));
	}

	ServiceDefinition sharing(ServiceDefinition service) {
		return StackRun.withEnvironment(extracted(service), "JAVA_TOOL_OPTIONS",
				"-XX:SharedArchiveFile=" + archive(service.name()));
	}

	Path archive(String service) {
		return this.dir.resolve(service + ".jsa");
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("Failed: " + String.join(" ", command));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
