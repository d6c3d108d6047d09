package uk.gov.cheltenham.psr.platform.domain;

/**
 * A domain rule refused a command (for example I9: a reviewer who was involved). Carries
 * the rule id from DOMAIN.md so the caller learns which rule, and the web layer answers
 * 422. Plain Java: domain models throw it without depending on Spring.
 */
public class RuleViolation extends RuntimeException {

	private final String rule;

	public RuleViolation(String rule, String message) {
		super(message);
		this.rule = rule;
	}

	public String rule() {
		return this.rule;
	}

}
