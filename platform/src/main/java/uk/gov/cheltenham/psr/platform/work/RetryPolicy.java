package uk.gov.cheltenham.psr.platform.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bounded attempts with exponential backoff for a sender of side effects: a server that
 * is away delays the work; one that keeps refusing it ends in a visible FAILED rather
 * than in endless retries. A pure function of the attempts made and the time.
 *
 * @param maxAttempts attempts in all, at least one
 * @param firstBackoff the wait after the first failed attempt
 * @param maxBackoff the longest wait between attempts
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
			throw new IllegalArgumentException("firstBackoff must be positive and at most maxBackoff");
		}
	}

	/**
	 * A policy that keeps trying for at least {@code window}: as many attempts as the
	 * backoffs (doubling from {@code firstBackoff} up to {@code maxBackoff}) take to fill
	 * it. Counting attempts rather than reading a start time keeps it a pure function,
	 * and a re-driven intent (attempts back to 0) gets the whole window again. Attempts
	 * that themselves take time (timeouts) only make the real window longer, never
	 * shorter.
	 * @param window how long a dependency may be away before the intent is FAILED
	 * @param firstBackoff the wait after the first failed attempt
	 * @param maxBackoff the longest wait, which bounds how long after a dependency's
	 * return the backlog waits
	 * @return the policy
	 */
	public static RetryPolicy lasting(Duration window, Duration firstBackoff, Duration maxBackoff) {
		if (firstBackoff.isZero() || firstBackoff.isNegative()) {
			throw new IllegalArgumentException("firstBackoff must be positive to fill a window");
		}
		RetryPolicy uncounted = new RetryPolicy(Integer.MAX_VALUE, firstBackoff, maxBackoff);
		Duration waited = Duration.ZERO;
		int attempts = 1;
		while (waited.compareTo(window) < 0) {
			waited = waited.plus(uncounted.backoffAfter(attempts));
			attempts++;
		}
		return new RetryPolicy(attempts, firstBackoff, maxBackoff);
	}

	/**
	 * When to try again after {@code attemptsMade} failed attempts, or empty to give up.
	 */
	public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
		if (attemptsMade >= this.maxAttempts) {
			return Optional.empty();
		}
		return Optional.of(now.plus(backoffAfter(attemptsMade)));
	}

	/** The wait before the next attempt after {@code failedAttempts} failed ones. */
	public Duration backoffAfter(int failedAttempts) {
		Duration backoff = this.firstBackoff;
		for (int i = 1; i < failedAttempts && backoff.compareTo(this.maxBackoff) < 0; i++) {
			backoff = backoff.multipliedBy(2);
		}
		return (backoff.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : backoff;
	}

}
