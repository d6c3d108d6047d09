package uk.gov.cheltenham.psr.platform.work;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	@Test
	@DisplayName("M3: waits twice as long after each failed attempt, up to the cap")
	void backsOffExponentially() {
		RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofSeconds(10));

		assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(2));
		assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(4));
		assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plusSeconds(8));
		assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plusSeconds(10));
		assertThat(policy.nextAttempt(9, NOW)).contains(NOW.plusSeconds(10));
	}

	@Test
	@DisplayName("P1: the backoff doubles up to its cap")
	void backoffCapped() {
		RetryPolicy policy = new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofMinutes(5));

		assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofMinutes(5));
		assertThat(policy.backoffAfter(9)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	@DisplayName("M3: gives up once the attempts are used")
	void givesUp() {
		RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5));

		assertThat(policy.nextAttempt(4, NOW)).isPresent();
		assertThat(policy.nextAttempt(5, NOW)).isEmpty();
	}

	@Test
	@DisplayName("a policy needs at least one attempt and a first backoff no longer than the cap")
	void refusesNonsense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(-1), Duration.ofSeconds(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)));
	}

}
