package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Duration;

/**
 * How often and how patiently an update is tried while the partner is unreachable:
 * exponential backoff from {@code firstBackoff}, capped at {@code maxBackoff}, and given
 * up after {@code maxAttempts}.
 *
 * @param maxAttempts attempts in all, at least one
 * @param firstBackoff the wait after the first failed attempt
 * @param maxBackoff the longest wait between attempts
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

	public RetryPolicy {
		if (maxAttempts < 1 || firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
			throw new IllegalArgumentException("A retry policy needs at least one attempt and a sensible backoff");
		}
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
