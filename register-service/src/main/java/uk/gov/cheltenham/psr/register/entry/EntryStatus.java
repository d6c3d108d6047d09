package uk.gov.cheltenham.psr.register.entry;

public enum EntryStatus {

	/** In force. */
	ACTIVE,
	/** Complex or sensitive: not in force until approved (R7). */
	AWAITING_APPROVAL,
	/** Removed after Governance approval; details kept until the purge (R10, R12). */
	REMOVED,
	/** The restriction period ran out without a re-decision (R3). */
	EXPIRED

}
