package uk.gov.cheltenham.psr.notification.delivery;

/** Whether a team's customer was added to the register or removed from it (M3). */
public enum MarkerChange {

	ADDED, REMOVED

}
