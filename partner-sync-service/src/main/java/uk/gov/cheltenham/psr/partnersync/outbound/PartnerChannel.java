package uk.gov.cheltenham.psr.partnersync.outbound;

/**
 * The way to the partner that the agreement names (P1): TLS-only email or the
 * authenticated HTTPS endpoint. Either the message is handed over on an encrypted channel
 * whose server identity was checked, or it is not sent at all.
 */
public interface PartnerChannel {

	/**
	 * Delivers one message.
	 * @param message the message
	 * @throws PartnerDeliveryException if it was not delivered; never falls back to
	 * plaintext
	 */
	void deliver(PartnerMessage message) throws PartnerDeliveryException;

}
