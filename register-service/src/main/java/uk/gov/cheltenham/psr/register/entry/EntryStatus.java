package uk.gov.cheltenham.psr.register.entry;

import java.util.Set;

public enum EntryStatus {

	/** In force. */
	ACTIVE,
	/** Complex or sensitive: not in force until approved (R7). */
	AWAITING_APPROVAL,
	/** Removed after Governance approval; details kept until the purge (R10, R12). */
	REMOVED,
	/** The restriction period ran out without a re-decision (R3). */
	EXPIRED,
	/**
	 * Complex or sensitive, and declined by the CSSM (or the Executive Director standing
	 * in): never took effect; details kept until the purge, as for a removal (R7, R12).
	 */
	DECLINED;

	/** Kept for background, then purged 6 months on (R12; R7 for a declined entry). */
	public static final Set<EntryStatus> PURGED_AFTER_RETENTION = Set.of(REMOVED, DECLINED);

}
