package uk.gov.cheltenham.psr.register.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.register.customer.CustomerFetch.FetchStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerFetchTest {

	private static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");

	@Test
	@DisplayName("R2: a requested fetch is due at once")
	void dueAtOnce() {
		CustomerFetch fetch = requested();
		assertThat(fetch.status()).isEqualTo(FetchStatus.PENDING);
		assertThat(fetch.isDue(NOW)).isTrue();
	}

	@Test
	@DisplayName("R2: an unavailable source is tried again after a backoff doubling from 30 seconds up to an hour")
	void backoff() {
		CustomerFetch fetch = requested();
		fetch.failedFor("ServiceUnavailable", NOW);
		assertThat(fetch.status()).isEqualTo(FetchStatus.PENDING);
		assertThat(fetch.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
		assertThat(fetch.isDue(NOW.plusSeconds(29))).isFalse();
		assertThat(fetch.isDue(NOW.plusSeconds(30))).isTrue();
		assertThat(fetch.lastFailure()).isEqualTo("ServiceUnavailable");
		assertThat(CustomerFetch.RETRIES.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(CustomerFetch.RETRIES.backoffAfter(5)).isEqualTo(Duration.ofMinutes(8));
		assertThat(CustomerFetch.RETRIES.backoffAfter(9)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	@DisplayName("R2: the retries are bounded: after the last attempt the fetch gives up and is no longer due")
	void givesUp() {
		CustomerFetch fetch = requested();
		for (int attempt = 1; attempt < CustomerFetch.MAX_ATTEMPTS; attempt++) {
			fetch.failedFor("ServiceUnavailable", NOW);
			assertThat(fetch.status()).isEqualTo(FetchStatus.PENDING);
		}
		fetch.failedFor("ServiceUnavailable", NOW);
		assertThat(fetch.status()).isEqualTo(FetchStatus.GAVE_UP);
		assertThat(fetch.attempts()).isEqualTo(CustomerFetch.MAX_ATTEMPTS);
		assertThat(fetch.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
	}

	@Test
	@DisplayName("R2: not found and gone end the fetch at once, and an ended fetch cannot be retried")
	void endsWithoutRetry() {
		CustomerFetch notKnown = requested();
		notKnown.notKnown(NOW);
		assertThat(notKnown.status()).isEqualTo(FetchStatus.NOT_FOUND);
		assertThatThrownBy(() -> notKnown.failedFor("ServiceUnavailable", NOW)).isInstanceOf(RuleViolation.class);
		CustomerFetch gone = requested();
		gone.gone(NOW);
		assertThat(gone.status()).isEqualTo(FetchStatus.GONE);
		assertThat(gone.isDue(NOW)).isFalse();
	}

	private static CustomerFetch requested() {
		return CustomerFetch.request(UUID.randomUUID(), UUID.randomUUID(), FetchCause.ENTRY_OPENED, UUID.randomUUID(),
				NOW);
	}

}
