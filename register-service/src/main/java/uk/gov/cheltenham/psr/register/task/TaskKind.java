package uk.gov.cheltenham.psr.register.task;

/** Why the CRO has a task, and the rule it comes from. */
public enum TaskKind {

	/** CBH sent an update; the CRO decides what, if anything, changes (P2). */
	PARTNER_UPDATE("P2"),
	/** A reviewed incident names an entry the register does not have (I6, I7). */
	LINKED_ENTRY_UNKNOWN("I6"),
	/** A reviewed incident names an entry that is no longer active (I6, I7). */
	LINKED_ENTRY_NOT_ACTIVE("I6"),
	/** A contact-details update names an entry the register does not have (I8). */
	CONTACT_UPDATE_ENTRY_UNKNOWN("I8"),
	/** incident-service does not know the incident the customer record is fetched for. */
	CUSTOMER_NOT_FOUND("R2"),
	/** incident-service has deleted the incident for good (R12). */
	CUSTOMER_GONE("R2"),
	/** incident-service could not be reached in all the attempts allowed. */
	CUSTOMER_FETCH_GAVE_UP("R2");

	private final String rule;

	TaskKind(String rule) {
		this.rule = rule;
	}

	public String rule() {
		return this.rule;
	}

}
