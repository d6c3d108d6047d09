package uk.gov.cheltenham.psr.notification.reminder;

/** What a reminder is about, and at which stage; each pair goes to one role. */
public enum ReminderKind {

	/** An entry's review falls due within the configured days (R9): to the CRO. */
	REVIEW_DUE(StaffRole.CRO),
	/**
	 * An entry's review date has passed without a review (R9, escalated): to the CSSM.
	 */
	REVIEW_OVERDUE(StaffRole.CSSM),
	/** An appeal has waited longer than the configured days (R11). */
	APPEAL_WAITING(StaffRole.EXECUTIVE_DIRECTOR),
	/**
	 * An incident has waited longer than the configured working days for review (I11).
	 */
	INCIDENT_REVIEW_WAITING(StaffRole.MANAGER),
	/** A Governance Group meeting is near: its agenda is prepared by the CRO (R10). */
	GOVERNANCE_AGENDA(StaffRole.CRO);

	private final StaffRole role;

	ReminderKind(StaffRole role) {
		this.role = role;
	}

	public StaffRole role() {
		return this.role;
	}

}
