package uk.gov.cheltenham.psr.platform.work;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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

	@Test
	@DisplayName("a lasting policy keeps trying for its whole window, at most the cap apart, then gives up")
	void lastsForItsWindow() {
		RetryPolicy policy = RetryPolicy.lasting(Duration.ofHours(24), Duration.ofSeconds(2), Duration.ofSeconds(30));

		Duration waited = Duration.ZERO;
		int attempts = 1;
		Optional<Instant> next = policy.nextAttempt(attempts, NOW);
		while (next.isPresent()) {
			Duration backoff = Duration.between(NOW, next.get());
			assertThat(backoff).isLessThanOrEqualTo(Duration.ofSeconds(30));
			waited = waited.plus(backoff);
			next = policy.nextAttempt(++attempts, NOW);
		}
		assertThat(waited).isGreaterThanOrEqualTo(Duration.ofHours(24))
			.isLessThan(Duration.ofHours(24).plusSeconds(30));
	}

	@Test
	@DisplayName("a mail server away for a minute does not fail a message (the old five attempts lasted 30 s)")
	void outlastsAMinuteOutage() {
		RetryPolicy policy = RetryPolicy.lasting(Duration.ofHours(1), Duration.ofSeconds(2), Duration.ofSeconds(30));

		assertThat(policy.nextAttempt(5, NOW)).isPresent();
		assertThat(policy.nextAttempt(6, NOW)).contains(NOW.plusSeconds(30));
	}

}
