package uk.gov.cheltenham.psr.notification.delivery;

/** Sends one notice by email; implemented by the mail adapter. */
public interface EmailGateway {

	/**
	 * Sends {@code notice} to {@code recipient}, returning once the mail server accepted
	 * it.
	 * @throws DeliveryFailure if it did not
	 */
	void send(String recipient, TeamNotice notice);

}
