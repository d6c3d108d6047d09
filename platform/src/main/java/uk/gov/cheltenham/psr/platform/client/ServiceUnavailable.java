package uk.gov.cheltenham.psr.platform.client;

/**
 * The other service (or the token endpoint) could not answer now: refused connection,
 * timeout or a 5xx. Worth trying again later; the caller decides when.
 */
public class ServiceUnavailable extends RuntimeException {

	public ServiceUnavailable(String message) {
		super(message);
	}

	public ServiceUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
