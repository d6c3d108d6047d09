package uk.gov.cheltenham.psr.platform.security;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitBucketTest {

	private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

	@Test
	@DisplayName("D2: a caller gets the allowance, then waits for the next request to be refilled")
	void allowanceThenWait() {
		RateLimitFilter.Bucket bucket = new RateLimitFilter.Bucket(3, MINUTE, 0);
		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isEqualTo(MINUTE / 3);
		assertThat(bucket.take(MINUTE / 3)).isZero();
		assertThat(bucket.take(MINUTE / 3)).isPositive();
	}

	@Test
	@DisplayName("refill never exceeds the allowance, so a quiet caller cannot save up a burst")
	void refillIsCapped() {
		RateLimitFilter.Bucket bucket = new RateLimitFilter.Bucket(2, MINUTE, 0);
		assertThat(bucket.isFull(10 * MINUTE)).isTrue();
		assertThat(bucket.take(10 * MINUTE)).isZero();
		assertThat(bucket.take(10 * MINUTE)).isZero();
		assertThat(bucket.take(10 * MINUTE)).isPositive();
	}

}
