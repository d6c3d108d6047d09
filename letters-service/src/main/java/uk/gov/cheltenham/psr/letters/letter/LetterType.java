package uk.gov.cheltenham.psr.letters.letter;

/** The letters the policy knows (L1–L6), each with the rule that describes it. */
public enum LetterType {

	WARNING("L1"), RESTRICTION("L2"), EXTENSION("L3"), REMOVAL("L4"), APPEAL_ACKNOWLEDGEMENT("L5"),
	APPEAL_OUTCOME("L6");

	private final String rule;

	LetterType(String rule) {
		this.rule = rule;
	}

	public String rule() {
		return this.rule;
	}

}
