package uk.gov.cheltenham.psr.notification.delivery;

/** Where a notification stands. */
public enum DeliveryStatus {

	/** Waiting for its first or next attempt. */
	PENDING,
	/**
	 * Claimed by one attempt, which is sending it now; sent again (same Message-ID) if
	 * the attempt is not recorded before its lease runs out.
	 */
	SENDING,
	/** Accepted by the mail server. */
	SENT,
	/** Given up after the bounded attempts; visible in the delivery log. */
	FAILED,
	/** Its subscription was removed before it could be sent. */
	CANCELLED

}
