package uk.gov.cheltenham.psr.platform.messaging;

/**
 * A message that can never be processed (unreadable payload, missing type). Not retried:
 * it goes straight to the dead-letter topic, never silently skipped.
 */
public class PoisonMessageException extends RuntimeException {

	public PoisonMessageException(String message) {
		super(message);
	}

	public PoisonMessageException(String message, Throwable cause) {
		super(message, cause);
	}

}
