package uk.gov.cheltenham.psr.register.approval;

/** Where an entry stands on approval (R7). */
public enum ApprovalState {

	/** Not complex or sensitive: in force from opening. */
	NOT_REQUIRED,
	/** Referred to the CSSM: not in force until approved. */
	AWAITING,
	/** Approved; in force from the approval. */
	APPROVED,
	/** Declined with a recorded reason: never in force (R7). */
	DECLINED

}
