package uk.gov.cheltenham.psr.partnersync.outbound;

/**
 * The partner's mailbox as the domain sees it (P1): either the message is handed over on
 * an encrypted channel whose server identity was checked, or it is not sent at all.
 */
public interface PartnerMailbox {

	/**
	 * Delivers one message.
	 * @param message the message
	 * @throws PartnerDeliveryException if it was not delivered; never falls back to
	 * plaintext
	 */
	void deliver(PartnerMessage message) throws PartnerDeliveryException;

}
