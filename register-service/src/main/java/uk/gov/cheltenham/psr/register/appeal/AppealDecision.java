package uk.gov.cheltenham.psr.register.appeal;

/** The decider's answer to an appeal (R11). */
public enum AppealDecision {

	/** The entry stands as it is. */
	UPHELD,
	/** The entry stands with changed restrictions or period. */
	VARIED,
	/** The entry goes, by the removal path: Governance approval, then removal (R10). */
	OVERTURNED

}
