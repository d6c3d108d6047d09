package uk.gov.cheltenham.psr.incident.report;

/**
 * A client reused an Idempotency-Key for a different report: refused, so that a retry can
 * never be mistaken for a new report nor a new report swallowed as a retry.
 */
public class IdempotencyKeyReused extends RuntimeException {

	public IdempotencyKeyReused() {
		super("This Idempotency-Key was already used for a different report");
	}

}
