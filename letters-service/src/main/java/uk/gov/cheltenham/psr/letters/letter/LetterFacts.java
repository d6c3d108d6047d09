package uk.gov.cheltenham.psr.letters.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * What a letter says about its customer (L1–L6): who it goes to, what happened, what the
 * council has decided and how to challenge it, and who signs it. Any part may be absent;
 * a template that needs an absent part refuses to render, and a restriction letter is
 * refused unless it states every part L2 requires.
 * <p>
 * The register's part is read from register-service at render time and never stored
 * (R12); the standard parts every letter shares (what happens if restrictions are not
 * kept, how to appeal, the signatory's name) come from the letter templates.
 */
public record LetterFacts(LocalDate letterDate, String recipientName, List<String> recipientAddress,
		List<String> incidents, List<String> restrictions, String reasons, String consequences, String appealRoute,
		LocalDate reviewDate, String appealOutcome, String signatoryName, StaffRole signatoryRole) {

	static final String COMPLETENESS_RULE = "L2";

	public LetterFacts {
		recipientAddress = (recipientAddress != null) ? List.copyOf(recipientAddress) : List.of();
		incidents = (incidents != null) ? List.copyOf(incidents) : List.of();
		restrictions = (restrictions != null) ? List.copyOf(restrictions) : List.of();
	}

	/** These facts with the standard parts the council words once for every letter. */
	public LetterFacts withStandardParts(String consequences, String appealRoute, String signatoryName) {
		return new LetterFacts(this.letterDate, this.recipientName, this.recipientAddress, this.incidents,
				this.restrictions, this.reasons, consequences, appealRoute, this.reviewDate, this.appealOutcome,
				signatoryName, this.signatoryRole);
	}

	/**
	 * Refuses facts that leave out a part the letter must state: for a restriction letter
	 * (L2) the incidents, the restrictions, the reasons, what the council will do if they
	 * are not kept, the right of appeal and how to appeal including the LGSCO, and the
	 * review date.
	 * @throws RuleViolation naming every missing part
	 */
	public void requireCompleteFor(LetterType letterType) {
		List<String> missing = missingFor(letterType);
		if (!missing.isEmpty()) {
			throw new RuleViolation(COMPLETENESS_RULE,
					"A restriction letter must state " + String.join(", ", missing) + ", but these are missing");
		}
	}

	/** The parts this letter type must state that these facts leave out. */
	public List<String> missingFor(LetterType letterType) {
		List<String> missing = new ArrayList<>();
		if (letterType != LetterType.RESTRICTION) {
			return missing;
		}
		if (isEmpty(this.incidents)) {
			missing.add("the incidents");
		}
		if (isEmpty(this.restrictions)) {
			missing.add("the restrictions");
		}
		if (isBlank(this.reasons)) {
			missing.add("the reasons");
		}
		if (isBlank(this.consequences)) {
			missing.add("what happens if the restrictions are not kept");
		}
		if (isBlank(this.appealRoute)) {
			missing.add("the right of appeal and how to appeal");
		}
		else if (!mentionsOmbudsman(this.appealRoute)) {
			missing.add("the right to complain to the Local Government and Social Care Ombudsman (LGSCO)");
		}
		if (this.reviewDate == null) {
			missing.add("the review date");
		}
		return missing;
	}

	private static boolean mentionsOmbudsman(String appealRoute) {
		String route = appealRoute.toLowerCase(Locale.UK);
		return route.contains("lgsco") || route.contains("local government and social care ombudsman");
	}

	private static boolean isEmpty(List<String> parts) {
		return parts.stream().allMatch(LetterFacts::isBlank);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
