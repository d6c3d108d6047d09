package uk.gov.cheltenham.psr.register.restriction;

/** What the complaint check found (R6, policy §4.5). */
public enum ComplaintStatus {

	/** No current formal complaint and none completed. */
	NO_COMPLAINT,
	/** A formal complaint is open: its bearing on the restrictions must be recorded. */
	CURRENT_COMPLAINT,
	/** The customer has completed the complaints process. */
	COMPLAINTS_PROCESS_COMPLETED

}
