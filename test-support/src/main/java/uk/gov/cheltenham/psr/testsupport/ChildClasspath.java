package uk.gov.cheltenham.psr.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Builds the {@code java} arguments that run a main class of this JVM's classpath in a
 * child JVM.
 */
final class ChildClasspath {

	private static final String BOOT_PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	private ChildClasspath() {
	}

	/**
	 * Arguments that run {@code mainClass}, the classpath passed through an argument file
	 * because a service's test classpath can pass the kernel's 128 KiB limit for one
	 * argument.
	 * @param workDir where to write the argument file
	 * @param mainClass the class to run
	 * @return the arguments that follow the JVM options
	 */
	static List<String> javaArguments(Path workDir, String mainClass) {
		List<String> entries = entries();
		List<String> arguments = new ArrayList<>();
		if (entries.size() == 1 && isBootJar(entries.get(0))) {
			// java -jar app.jar: the Kafka jars are nested, so let Boot's launcher load
			// them
			arguments.add("-Dloader.main=" + mainClass);
			arguments.add(argumentFile(workDir, entries));
			arguments.add(BOOT_PROPERTIES_LAUNCHER);
		}
		else {
			arguments.add(argumentFile(workDir, entries));
			arguments.add(mainClass);
		}
		return arguments;
	}

	private static List<String> entries() {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			if (!entry.isBlank() && Files.exists(Path.of(entry))) {
				entries.add(Path.of(entry).toAbsolutePath().toString());
			}
		}
		return entries;
	}

	private static boolean isBootJar(String entry) {
		if (!entry.endsWith(".jar")) {
			return false;
		}
		try (JarFile jar = new JarFile(entry)) {
			Manifest manifest = jar.getManifest();
			return manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Lib") != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String argumentFile(Path workDir, List<String> entries) {
		String classpath = String.join(File.pathSeparator, entries);
		String quoted = classpath.replace("\\", "\\\\").replace("\"", "\\\"");
		Path file = workDir.resolve("classpath.args");
		try {
			Files.writeString(file, "-cp \"" + quoted + "\"\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "@" + file;
	}

}
