package uk.gov.cheltenham.psr.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Application class-data sharing (AppCDS) for a service, as Spring Boot recommends it on
 * Java 17: the fat jar extracted ({@code -Djarmode=tools extract}: a thin jar plus
 * {@code lib/}, since classes in nested jars cannot be archived), the first start
 * recording a dynamic archive ({@code -XX:ArchiveClassesAtExit}, written when the service
 * stops), and every later start mapping it ({@code -XX:SharedArchiveFile}), which more
 * than halved the time to ready in the benchmarks.
 * <p>
 * Kept next to the jar ({@code target/cds/}), so {@code mvn clean} and a rebuilt jar
 * (another size or modification time) start again from scratch and {@code --clean} of the
 * stack's data keeps it. A stale or damaged archive is harmless: the JVM checks it
 * against the class path and runs without sharing when it does not match.
 */
public final class ClassDataSharing {

	private static final Logger logger = LoggerFactory.getLogger(ClassDataSharing.class);

	private static final String ARCHIVE = "app.jsa";

	private static final String FINGERPRINT = "jar-fingerprint";

	private ClassDataSharing() {
	}

	/**
	 * How to start a service with class-data sharing.
	 *
	 * @param jar the extracted thin jar to run instead of the fat jar
	 * @param jvmOptions the archive option to add
	 * @param recording whether this start records the archive (none yet)
	 */
	record Launch(Path jar, List<String> jvmOptions, boolean recording) {
	}

	/**
	 * Extracts the service's jar if not done for this build of it, and says whether to
	 * record or to use the archive.
	 * @param service the service
	 * @return how to start it
	 */
	static Launch prepare(ServiceDefinition service) {
		Path fatJar = service.jar();
		Path dir = fatJar.toAbsolutePath().getParent().resolve("cds").resolve(service.name());
		try {
			Path thinJar = extractIfChanged(fatJar, dir);
			Path archive = dir.resolve(ARCHIVE);
			if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
				return new Launch(thinJar, List.of("-XX:SharedArchiveFile=" + archive), false);
			}
			return new Launch(thinJar, List.of("-XX:ArchiveClassesAtExit=" + archive), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare class-data sharing for " + service.name(), ex);
		}
	}

	/**
	 * The service started with class-data sharing, or as it is if that cannot be
	 * prepared.
	 * @param service the service
	 * @param jvmOptions the options every service gets
	 * @return the service to start and its options
	 */
	static Prepared applyTo(ServiceDefinition service, List<String> jvmOptions) {
		try {
			Launch launch = prepare(service);
			if (launch.recording()) {
				logger.info("{}: recording a class-data archive on this run; later starts are faster", service.name());
			}
			List<String> options = new ArrayList<>(jvmOptions);
			options.addAll(launch.jvmOptions());
			return new Prepared(service.withJar(launch.jar()), options);
		}
		catch (RuntimeException ex) {
			logger.warn("{}: starting without class-data sharing: {}", service.name(), ex.toString());
			return new Prepared(service, jvmOptions);
		}
	}

	/**
	 * A service and the JVM options to start it with.
	 *
	 * @param service the service (its jar may be the extracted one)
	 * @param jvmOptions the options
	 */
	record Prepared(ServiceDefinition service, List<String> jvmOptions) {
	}

	/**
	 * The thin jar of a fat jar extracted into a directory.
	 * @param fatJar the Spring Boot jar
	 * @param dir where it is extracted
	 * @return the jar to run
	 */
	public static Path extractedJar(Path fatJar, Path dir) {
		return dir.resolve(fatJar.getFileName());
	}

	/**
	 * Extracts a Spring Boot jar unless this build of it already is: a directory
	 * extracted from an older build (one without the classes Spring AOT generates, say)
	 * is deleted first, with any archive recorded from it.
	 * @param fatJar the Spring Boot jar
	 * @param dir where it is extracted
	 * @return the thin jar to run
	 * @throws IOException if it could not be extracted
	 */
	public static Path extractIfChanged(Path fatJar, Path dir) throws IOException {
		String fingerprint = Files.size(fatJar) + "-" + Files.getLastModifiedTime(fatJar).toMillis();
		Path fingerprintFile = dir.resolve(FINGERPRINT);
		if (!Files.exists(fingerprintFile)
				|| !fingerprint.equals(Files.readString(fingerprintFile, StandardCharsets.UTF_8))) {
			deleteRecursively(dir);
			extract(fatJar, dir);
			Files.writeString(fingerprintFile, fingerprint, StandardCharsets.UTF_8);
		}
		return extractedJar(fatJar, dir);
	}

	/**
	 * Extracts a Spring Boot jar ({@code -Djarmode=tools extract}): a thin jar plus
	 * {@code lib/}, which class-data sharing can archive.
	 * @param fatJar the Spring Boot jar
	 * @param dir where to extract it
	 * @throws IOException if it could not be extracted
	 */
	public static void extract(Path fatJar, Path dir) throws IOException {
		Files.createDirectories(dir.getParent());
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djarmode=tools", "-jar", fatJar.toString(), "extract", "--destination", dir.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IOException("Extracting " + fatJar + " failed");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IOException("Interrupted while extracting " + fatJar, ex);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
