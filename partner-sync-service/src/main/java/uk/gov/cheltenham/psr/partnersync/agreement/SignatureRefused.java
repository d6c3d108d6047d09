package uk.gov.cheltenham.psr.partnersync.agreement;

/**
 * A call was not signed with the agreement's shared secret, or its timestamp is too far
 * from now to be anything but a replay. The message is a fixed description, safe to log
 * and to answer with.
 */
public class SignatureRefused extends RuntimeException {

	public SignatureRefused(String reason) {
		super(reason);
	}

}
