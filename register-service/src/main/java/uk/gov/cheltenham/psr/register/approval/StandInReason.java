package uk.gov.cheltenham.psr.register.approval;

/** Why the Executive Director acts for the CSSM (§3.4 footnote). */
public enum StandInReason {

	CSSM_ABSENT, CSSM_IS_TARGET

}
