package uk.gov.cheltenham.psr.register.sar;

/**
 * Why an item is withheld from a subject access bundle: the exemptions of the Data
 * Protection Act 2018 a council relies on for this register. The policy and DOMAIN.md
 * name no others; anything else is released.
 */
public enum RedactionReason {

	/**
	 * Another person's data (officers, witnesses, reporters): UK GDPR art. 15(4), DPA
	 * 2018 Sch. 2 Pt. 3 para. 16.
	 */
	THIRD_PARTY_PERSONAL_DATA("third-party personal data"),

	/**
	 * Disclosure would put staff at risk (e.g. where an officer lives or works alone):
	 * withheld under the same third-party and crime-prevention provisions, recorded
	 * separately so the register can tell these decisions apart.
	 */
	STAFF_SAFETY("staff safety"),

	/**
	 * Disclosure would prejudice the prevention or detection of crime (e.g.
	 * police-sourced information, I4): DPA 2018 Sch. 2 Pt. 1 para. 2.
	 */
	CRIME_PREVENTION("crime prevention");

	private final String label;

	RedactionReason(String label) {
		this.label = label;
	}

	/** What replaces the redacted value in the released bundle. */
	public String replacement() {
		return "[REDACTED: " + this.label + "]";
	}

}
