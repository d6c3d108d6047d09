package uk.gov.cheltenham.psr.notification.delivery;

/** Sends one notice by email; implemented by the mail adapter. */
public interface EmailGateway {

	/**
	 * Sends {@code notice} to {@code recipient}, returning once the mail server accepted
	 * it.
	 * @param messageId the {@code Message-ID} header, the same for every attempt of one
	 * delivery so that a repeat can be recognised
	 * @throws DeliveryFailure if it did not
	 */
	void send(String recipient, TeamNotice notice, String messageId);

}
