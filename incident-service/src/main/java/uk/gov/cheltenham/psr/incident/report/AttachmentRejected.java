package uk.gov.cheltenham.psr.incident.report;

/** An upload the evidence policy refuses (I2); nothing of it is stored. */
public class AttachmentRejected extends RuntimeException {

	private final Reason reason;

	AttachmentRejected(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why the upload was refused. */
	public enum Reason {

		EMPTY, TOO_LARGE, CONTENT_TYPE_NOT_ALLOWED

	}

}
