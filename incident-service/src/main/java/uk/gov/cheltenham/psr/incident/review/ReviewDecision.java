package uk.gov.cheltenham.psr.incident.review;

/**
 * A manager's decision on one incident (I10). {@code warningBypassReason} is required
 * when a register entry is recommended without a warning first.
 */
public record ReviewDecision(ReviewOutcome outcome, String warningBypassReason, boolean supportOffered,
		boolean policeInformed, boolean cctvRequested) {

	public boolean bypassesWarning() {
		return this.outcome == ReviewOutcome.REGISTER_ENTRY;
	}

}
