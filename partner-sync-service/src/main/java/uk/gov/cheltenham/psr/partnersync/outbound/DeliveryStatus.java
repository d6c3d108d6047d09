package uk.gov.cheltenham.psr.partnersync.outbound;

/** Where an outbound update is on its way to the partner (P1). */
public enum DeliveryStatus {

	/** Not delivered yet; tried again after its backoff. */
	PENDING,

	/** Accepted by the partner's mail server over a verified TLS connection. */
	SENT,

	/** Given up after the last allowed attempt; needs someone to look at it. */
	FAILED

}
