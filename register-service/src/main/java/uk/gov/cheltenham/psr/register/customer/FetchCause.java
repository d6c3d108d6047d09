package uk.gov.cheltenham.psr.register.customer;

/** Why a customer record is fetched. */
public enum FetchCause {

	/** An entry was opened from a reviewed incident (R2). */
	ENTRY_OPENED,
	/** A repeat incident or breach joined the entry (I6, I7). */
	INCIDENT_LINKED,
	/** A service team reported changed contact details (I8). */
	CONTACT_DETAILS_UPDATED

}
