package uk.gov.cheltenham.psr.register.review;

/** What a review recommends to the Governance Group (R9, R10). */
public enum ReviewOutcome {

	/** Continue unchanged. */
	RETAIN,
	/** Keep the entry with varied restrictions or period. */
	VARY,
	/** Recommend removal; it takes effect only on Governance approval (R10). */
	REMOVE

}
