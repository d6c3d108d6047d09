package uk.gov.cheltenham.psr.partnersync.outbound;

/**
 * Where an outbound update is on its way to the partner. Only {@link #PENDING} exists
 * yet: the TLS-only email / authenticated HTTPS sender (P1) is a later issue and will add
 * the sent and failed states with its bounded retries.
 */
public enum DeliveryStatus {

	PENDING

}
