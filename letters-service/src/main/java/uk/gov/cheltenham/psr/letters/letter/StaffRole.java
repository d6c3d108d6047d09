package uk.gov.cheltenham.psr.letters.letter;

/** The roles that take part in the letter workflow (DOMAIN.md roles table, L7, R7). */
public enum StaffRole {

	/** Drafts letters and sends them on the CSSM's behalf. */
	CRO(false, "Customer Relations Officer"),

	/** Signatory to PSR letters; approves complex or sensitive cases. */
	CSSM(true, "Customer and Support Services Manager"),

	/** Acts as the CSSM when the CSSM is absent or is the target (R7). */
	EXECUTIVE_DIRECTOR(true, "Executive Director of People and Change");

	private final boolean signatory;

	private final String title;

	StaffRole(boolean signatory, String title) {
		this.signatory = signatory;
		this.title = title;
	}

	/** The job title as a letter's signature shows it. */
	public String title() {
		return this.title;
	}

	public boolean maySignLetters() {
		return this.signatory;
	}

}
