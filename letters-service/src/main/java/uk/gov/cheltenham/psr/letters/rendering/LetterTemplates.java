package uk.gov.cheltenham.psr.letters.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds template files: first in the optional directory {@code psr.letters.template-dir}
 * (so the council can change wording without a release), else the versions shipped in
 * {@code letters/templates/} on the classpath. Read on every render, so an edited file
 * takes effect at once.
 */
@Component
public class LetterTemplates {

	static final String CLASSPATH_FOLDER = "letters/templates/";

	private final Path overrideDirectory;

	public LetterTemplates(@Value("${psr.letters.template-dir:}") String overrideDirectory) {
		this.overrideDirectory = (overrideDirectory == null || overrideDirectory.isBlank()) ? null
				: Path.of(overrideDirectory);
	}

	/** Only the shipped templates. */
	public static LetterTemplates shipped() {
		return new LetterTemplates(null);
	}

	LetterTemplate load(String fileName) {
		return LetterTemplate.parse(fileName, read(fileName));
	}

	private String read(String fileName) {
		try {
			if (this.overrideDirectory != null) {
				Path override = this.overrideDirectory.resolve(fileName);
				if (Files.isRegularFile(override)) {
					return Files.readString(override, StandardCharsets.UTF_8);
				}
			}
			try (InputStream shipped = LetterTemplates.class.getClassLoader()
				.getResourceAsStream(CLASSPATH_FOLDER + fileName)) {
				if (shipped == null) {
					throw new IllegalStateException("No letter template " + fileName);
				}
				return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read letter template " + fileName, ex);
		}
	}

}
