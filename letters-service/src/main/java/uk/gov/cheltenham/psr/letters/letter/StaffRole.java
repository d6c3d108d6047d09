package uk.gov.cheltenham.psr.letters.letter;

/** The roles that take part in the letter workflow (DOMAIN.md roles table, L7, R7). */
public enum StaffRole {

	/** Drafts letters and sends them on the CSSM's behalf. */
	CRO(false),

	/** Signatory to PSR letters; approves complex or sensitive cases. */
	CSSM(true),

	/** Acts as the CSSM when the CSSM is absent or is the target (R7). */
	EXECUTIVE_DIRECTOR(true);

	private final boolean signatory;

	StaffRole(boolean signatory) {
		this.signatory = signatory;
	}

	public boolean maySignLetters() {
		return this.signatory;
	}

}
