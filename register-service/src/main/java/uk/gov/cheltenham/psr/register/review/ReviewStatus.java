package uk.gov.cheltenham.psr.register.review;

/** Where a recorded review stands with the Governance Group (R10). */
public enum ReviewStatus {

	AWAITING_GOVERNANCE, APPROVED, REJECTED

}
