package uk.gov.cheltenham.psr.notification.reminder;

/**
 * The council roles reminders go to (DOMAIN.md, roles table); each has one shared mailbox
 * in configuration, never a person's own address.
 */
public enum StaffRole {

	/** Customer Relations Officer: manages entries and reviews, reports to Governance. */
	CRO,
	/**
	 * Customer & Support Services Manager: policy owner; overdue reviews escalate here.
	 */
	CSSM,
	/** Executive Director of People & Change: decides appeals. */
	EXECUTIVE_DIRECTOR,
	/** Service managers: review incidents they were not involved in. */
	MANAGER

}
