package uk.gov.cheltenham.psr.notification.delivery;

/** Calls one team webhook; implemented by the webhook adapter. */
public interface WebhookGateway {

	/**
	 * POSTs {@code notice} to {@code url}, signed with {@code secret}, returning once the
	 * endpoint answered 2xx within the timeouts.
	 * @throws DeliveryFailure on any other answer, a timeout or a refused connection
	 */
	void post(String url, String secret, WebhookNotice notice);

}
