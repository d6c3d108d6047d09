package uk.gov.cheltenham.psr.letters.rendering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One template file: text with {@code ${name}} placeholders, and the version stated on
 * its first line as {@code <!-- template-version: 3 -->} so that a rendered letter can
 * say which wording it used.
 */
record LetterTemplate(String name, String version, String body) {

	private static final Pattern VERSION_LINE = Pattern
		.compile("\\A\\s*<!--\\s*template-version:\\s*(\\S+)\\s*-->\\R?");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

	static LetterTemplate parse(String name, String source) {
		Matcher version = VERSION_LINE.matcher(source);
		if (!version.find()) {
			throw new IllegalStateException("Template " + name + " does not start with its template-version line");
		}
		return new LetterTemplate(name, version.group(1), source.substring(version.end()));
	}

	/**
	 * Fills every placeholder, or none: a placeholder without a value, or with a blank
	 * one, stops the whole rendering.
	 * @throws MissingTemplateValue naming each missing value
	 */
	String fill(Map<String, String> values) {
		Matcher placeholder = PLACEHOLDER.matcher(this.body);
		StringBuilder filled = new StringBuilder(this.body.length() * 2);
		Set<String> missing = new LinkedHashSet<>();
		while (placeholder.find()) {
			String value = values.get(placeholder.group(1));
			if (value == null || value.isBlank()) {
				missing.add(placeholder.group(1));
				value = "";
			}
			placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		if (!missing.isEmpty()) {
			throw new MissingTemplateValue(this.name, new ArrayList<>(missing));
		}
		placeholder.appendTail(filled);
		return filled.toString();
	}

}
