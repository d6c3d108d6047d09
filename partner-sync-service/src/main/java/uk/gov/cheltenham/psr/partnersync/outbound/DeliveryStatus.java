package uk.gov.cheltenham.psr.partnersync.outbound;

/** Where an outbound update is on its way to the partner (P1). */
public enum DeliveryStatus {

	/** Not delivered yet; tried again after its backoff. */
	PENDING,

	/**
	 * Claimed by one attempt, which is sending it now; sent again, with the same update
	 * id, if that attempt is never recorded.
	 */
	SENDING,

	/** Accepted by the partner over a verified TLS connection. */
	SENT,

	/**
	 * Given up after the last allowed attempt, or at once when the register does not know
	 * the entry; needs someone to look at it.
	 */
	FAILED,

	/**
	 * Not sent because the register deleted the entry for good before it could be (R12):
	 * there is nothing left to disclose.
	 */
	CANCELLED

}
