package uk.gov.cheltenham.psr.partnersync.outbound;

/**
 * A message was not delivered. The reason is a fixed description chosen by the mailbox
 * (e.g. "server offers no STARTTLS"), never a server's reply, which could echo an address
 * or content: it is stored as the update's last error and logged.
 */
public class PartnerDeliveryException extends Exception {

	private final String reason;

	public PartnerDeliveryException(String reason, Throwable cause) {
		super(reason, cause);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
