package uk.gov.cheltenham.psr.notification.delivery;

/**
 * A notice was not accepted. The message is safe to store and log: it says what kind of
 * failure it was, never to whom or what (D1).
 */
public class DeliveryFailure extends RuntimeException {

	public DeliveryFailure(String safeDescription) {
		super(safeDescription);
	}

}
