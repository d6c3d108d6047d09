package uk.gov.cheltenham.psr.letters.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.letters.letter.LetterFacts;

/**
 * Invented facts about an invented customer ({@code template-preview-facts.json}) that
 * fill every template, so that the CSSM can read a template's wording before any real
 * letter uses it. Only for the template preview: a real letter's facts always come from
 * the register.
 */
@Component
public class TemplatePreviewFacts {

	private static final String RESOURCE = LetterTemplates.CLASSPATH_FOLDER + "template-preview-facts.json";

	private final LetterFacts facts;

	public TemplatePreviewFacts(JsonMapper json) {
		try (InputStream source = TemplatePreviewFacts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (source == null) {
				throw new IllegalStateException("No " + RESOURCE);
			}
			this.facts = json.readValue(source, LetterFacts.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The register's part of the facts, invented; the standard parts are added apart. */
	public LetterFacts facts() {
		return this.facts;
	}

}
