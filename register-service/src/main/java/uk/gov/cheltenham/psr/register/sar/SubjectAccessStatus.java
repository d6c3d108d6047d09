package uk.gov.cheltenham.psr.register.sar;

/** Where a subject access request stands. */
public enum SubjectAccessStatus {

	/** Opened, nothing gathered yet. */
	OPEN,

	/** Some parts could not be gathered: gather again before release. */
	INCOMPLETE,

	/** Every part is gathered: redact, then release. */
	READY,

	/** Released to the subject; nothing changes any more. */
	RELEASED

}
