package uk.gov.cheltenham.psr.register.notice;

/** What the re-check of withheld notice decides (R8). */
public enum RecheckOutcome {

	INFORM, KEEP_WITHHOLDING

}
