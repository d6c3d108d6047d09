package uk.gov.cheltenham.psr.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is, for tests that read its files. */
public final class RepositoryRoot {

	private RepositoryRoot() {
	}

	/**
	 * The directory holding the root pom: from Failsafe's property or above this module.
	 */
	public static Path find() {
		String configured = System.getProperty("psr.repository.root");
		if (configured != null) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
			if (Files.isRegularFile(directory.resolve("pom.xml"))
					&& Files.isDirectory(directory.resolve("system-tests"))) {
				return directory;
			}
		}
		throw new IllegalStateException("No repository root above " + Path.of("").toAbsolutePath());
	}

}
