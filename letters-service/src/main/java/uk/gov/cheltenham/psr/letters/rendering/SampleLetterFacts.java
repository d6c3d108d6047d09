package uk.gov.cheltenham.psr.letters.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.letters.letter.LetterFacts;

/**
 * Invented facts ({@code letters/templates/sample-facts.json}) that fill every template,
 * so that staff can see a letter's wording without anyone's personal data.
 */
@Component
public class SampleLetterFacts {

	private static final String RESOURCE = LetterTemplates.CLASSPATH_FOLDER + "sample-facts.json";

	private final LetterFacts facts;

	public SampleLetterFacts(JsonMapper json) {
		try (InputStream source = SampleLetterFacts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (source == null) {
				throw new IllegalStateException("No " + RESOURCE);
			}
			this.facts = json.readValue(source, LetterFacts.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public LetterFacts facts() {
		return this.facts;
	}

}
