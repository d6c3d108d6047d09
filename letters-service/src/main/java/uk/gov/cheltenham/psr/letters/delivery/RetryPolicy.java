package uk.gov.cheltenham.psr.letters.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bounded attempts with exponential backoff: a mail server that is away delays a letter;
 * one that keeps refusing it ends in FAILED, shown to the CRO, rather than in endless
 * retries.
 */
public record RetryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		if (backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
			throw new IllegalArgumentException("backoff must be positive and at most maxBackoff");
		}
	}

	/**
	 * When to try again after {@code attemptsMade} failed attempts, or empty to give up.
	 */
	public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
		if (attemptsMade >= this.maxAttempts) {
			return Optional.empty();
		}
		Duration wait = this.backoff;
		for (int i = 1; i < attemptsMade && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return Optional.of(now.plus((wait.compareTo(this.maxBackoff) < 0) ? wait : this.maxBackoff));
	}

}
