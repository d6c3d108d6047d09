package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
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
		try {
			// again after each build: an older extraction lacks what the jar has now (the
			// AOT initializers since session 8, which made every AppCDS start fail)
			return service.withJar(ClassDataSharing.extractIfChanged(service.jar(), this.dir.resolve(service.name())));
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

}
