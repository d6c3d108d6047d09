package uk.gov.cheltenham.psr.register.appeal;

/** The life of an appeal (R11). */
public enum AppealStatus {

	/** Awaiting the decider; the entry shows "appeal in progress". */
	LODGED,
	/** Decided by the council. */
	DECIDED,
	/** The customer complained to the LGSCO after the council's decision. */
	REFERRED_TO_LGSCO,
	/** The LGSCO's outcome is recorded. */
	LGSCO_DECIDED

}
