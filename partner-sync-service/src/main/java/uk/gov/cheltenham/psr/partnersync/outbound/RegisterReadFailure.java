package uk.gov.cheltenham.psr.partnersync.outbound;

/**
 * The register did not give the values of an entry's shared fields. What the sender does
 * depends on why: try again later, cancel the update, or fail it for someone to look at.
 */
public class RegisterReadFailure extends Exception {

	/** Why the values could not be read. */
	public enum Cause {

		/** The register could not answer now (down, slow, 5xx): worth trying again. */
		UNAVAILABLE,

		/** The entry was deleted for good (R12): the update must not be sent. */
		ENTRY_GONE,

		/**
		 * The register does not know the entry: something is wrong, not worth retrying.
		 */
		ENTRY_UNKNOWN

	}

	private final Cause cause;

	private final String reason;

	/**
	 * A failure to read.
	 * @param cause why
	 * @param reason a fixed description, never the register's answer
	 * @param underlying the exception behind it, if any
	 */
	public RegisterReadFailure(Cause cause, String reason, Throwable underlying) {
		super(reason, underlying);
		this.cause = cause;
		this.reason = reason;
	}

	public Cause why() {
		return this.cause;
	}

	public String reason() {
		return this.reason;
	}

}
