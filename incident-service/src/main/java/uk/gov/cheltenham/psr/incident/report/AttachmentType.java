package uk.gov.cheltenham.psr.incident.report;

/** The kinds of attachment a report may carry (I2). */
public enum AttachmentType {

	/** A copy of a letter, email or other correspondence. */
	CORRESPONDENCE,

	/** A reference to CCTV footage held elsewhere. */
	CCTV_REFERENCE,

	PHOTO

}
