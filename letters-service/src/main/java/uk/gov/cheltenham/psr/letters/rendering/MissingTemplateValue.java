package uk.gov.cheltenham.psr.letters.rendering;

import java.util.List;

/**
 * A template asks for values the letter's facts do not have. Thrown before anything is
 * produced, so there is never half a letter.
 */
public class MissingTemplateValue extends RuntimeException {

	private final String template;

	private final List<String> missingValues;

	MissingTemplateValue(String template, List<String> missingValues) {
		super("Template " + template + " needs values that are missing: " + String.join(", ", missingValues));
		this.template = template;
		this.missingValues = List.copyOf(missingValues);
	}

	public String template() {
		return this.template;
	}

	public List<String> missingValues() {
		return this.missingValues;
	}

}
