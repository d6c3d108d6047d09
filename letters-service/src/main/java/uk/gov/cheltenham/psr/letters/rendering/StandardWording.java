package uk.gov.cheltenham.psr.letters.rendering;

import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.letters.letter.LetterFacts;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;

/**
 * The parts the council words once for every letter, kept as template files beside the
 * letters (so they change without a release, like the letters): what happens if the
 * restrictions are not kept ({@code standard-consequences.txt}), how to appeal including
 * the LGSCO ({@code standard-appeal-route.txt}), and the name of each signatory
 * ({@code signatory-cssm.txt}, {@code signatory-executive-director.txt}).
 */
@Component
public class StandardWording {

	private final LetterTemplates templates;

	public StandardWording(LetterTemplates templates) {
		this.templates = templates;
	}

	/** {@code facts} with the standard parts, signed by the facts' signatory role. */
	public LetterFacts addTo(LetterFacts facts) {
		String signatoryName = (facts.signatoryRole() != null) ? signatoryName(facts.signatoryRole()) : null;
		return facts.withStandardParts(part("standard-consequences.txt"), part("standard-appeal-route.txt"),
				signatoryName);
	}

	private String signatoryName(StaffRole role) {
		if (!role.maySignLetters()) {
			throw new IllegalArgumentException(role + " does not sign letters");
		}
		return part("signatory-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt");
	}

	private String part(String fileName) {
		return this.templates.load(fileName).body().strip();
	}

}
