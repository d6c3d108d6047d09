package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.gov.cheltenham.psr.localstack.ClassDataSharing;
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
		try {
			if (!Files.isDirectory(destination)) {
				ClassDataSharing.extract(service.jar(), destination);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return service.withJar(ClassDataSharing.extractedJar(service.jar(), destination));
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

}
