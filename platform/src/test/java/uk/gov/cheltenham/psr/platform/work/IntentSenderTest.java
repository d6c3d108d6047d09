package uk.gov.cheltenham.psr.platform.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class IntentSenderTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private static final Duration LEASE = Duration.ofSeconds(60);

	private static final Duration RECORD_WINDOW = Duration.ofSeconds(30);

	private final AtomicLong nanos = new AtomicLong();

	private final List<Duration> pauses = new ArrayList<>();

	private final OneIntent intent = new OneIntent(this.nanos);

	@Test
	@DisplayName("claim, send, record: one send, recorded SENT")
	void sendsOnceAndRecords() {
		int claims = sender(NOW).sendDue();

		assertThat(claims).isEqualTo(1);
		assertThat(this.intent.sentKeys).containsExactly(this.intent.key);
		assertThat(this.intent.status).isEqualTo("SENT");
	}

	@Test
	@DisplayName("database away between send and record: the record is retried until it is back, nothing is sent twice")
	void recordOutlastsDatabaseRestart() {
		// 10 s of outage, about what a PostgreSQL restart takes
		this.intent.recordFailuresUntilNanos = Duration.ofSeconds(10).toNanos();

		sender(NOW).sendDue();
		sender(NOW.plus(LEASE).plusSeconds(1)).sendDue();

		assertThat(this.intent.status).isEqualTo("SENT");
		assertThat(this.intent.sentKeys).containsExactly(this.intent.key);
		assertThat(this.pauses).first().isEqualTo(Duration.ofMillis(250));
		assertThat(this.pauses).allSatisfy((pause) -> assertThat(pause).isLessThanOrEqualTo(Duration.ofSeconds(2)));
	}

	@Test
	@DisplayName("record lost for longer than its window (or the process killed): sent again after the lease with the same key")
	void resentWithSameKeyAfterLease() {
		this.intent.recordFailuresUntilNanos = Duration.ofMinutes(5).toNanos();

		sender(NOW).sendDue();
		assertThat(this.intent.status).isEqualTo("SENDING");
		assertThat(sender(NOW.plusSeconds(30)).sendDue()).as("still leased").isZero();

		this.nanos.set(Duration.ofMinutes(6).toNanos());
		sender(NOW.plus(LEASE)).sendDue();

		assertThat(this.intent.sentKeys).containsExactly(this.intent.key, this.intent.key);
		assertThat(this.intent.status).isEqualTo("SENT");
	}

	@Test
	@DisplayName("a refused send is recorded as a failure, with its safe description")
	void failureRecorded() {
		this.intent.refuse = true;

		sender(NOW).sendDue();

		assertThat(this.intent.status).isEqualTo("PENDING");
		assertThat(this.intent.lastError).isEqualTo("IllegalStateException");
		assertThat(this.intent.sentKeys).isEmpty();
	}

	private IntentSender<Attempt> sender(Instant now) {
		return new IntentSender<>("test", this.intent, new DirectTransactions(), Clock.fixed(now, ZoneOffset.UTC),
				LEASE, RECORD_WINDOW, this.nanos::get, (duration) -> {
					this.pauses.add(duration);
					this.nanos.addAndGet(duration.toNanos());
				});
	}

	record Attempt(UUID key, UUID attemptId) {
	}

	/** One intent row, kept as the database would: claimed under a lease. */
	static final class OneIntent implements IntentSender.Intents<Attempt> {

		final UUID key = UUID.randomUUID();

		final List<UUID> sentKeys = new ArrayList<>();

		String status = "PENDING";

		Instant dueAt = NOW;

		UUID attemptId;

		String lastError;

		boolean refuse;

		long recordFailuresUntilNanos;

		private final AtomicLong clockNanos;

		OneIntent(AtomicLong clockNanos) {
			this.clockNanos = clockNanos;
		}

		@Override
		public Optional<IntentSender.Claim<Attempt>> claimNext(Instant now, Instant leaseEnd) {
			boolean due = (this.status.equals("PENDING") || this.status.equals("SENDING")) && !this.dueAt.isAfter(now);
			if (!due) {
				return Optional.empty();
			}
			this.status = "SENDING";
			this.attemptId = UUID.randomUUID();
			this.dueAt = leaseEnd;
			return Optional.of(IntentSender.Claim.toSend(new Attempt(this.key, this.attemptId)));
		}

		@Override
		public void send(Attempt claimed) {
			if (this.refuse) {
				throw new IllegalStateException("refused by someone@example.org");
			}
			this.sentKeys.add(claimed.key());
		}

		@Override
		public void recordSent(Attempt claimed, Instant now) {
			failWhileDatabaseAway();
			if (claimed.attemptId().equals(this.attemptId)) {
				this.status = "SENT";
			}
		}

		@Override
		public void recordFailed(Attempt claimed, RuntimeException failure, Instant now) {
			failWhileDatabaseAway();
			if (claimed.attemptId().equals(this.attemptId)) {
				this.status = "PENDING";
				this.lastError = failure.getClass().getSimpleName();
				this.dueAt = now.plusSeconds(2);
			}
		}

		private void failWhileDatabaseAway() {
			if (this.clockNanos.get() < this.recordFailuresUntilNanos) {
				throw new DataAccessResourceFailureException("connection refused");
			}
		}

	}

	/** Runs each callback at once, as a transaction would with nothing to roll back. */
	static final class DirectTransactions extends TransactionTemplate {

		@Override
		public <T> T execute(TransactionCallback<T> action) throws TransactionException {
			return action.doInTransaction(new SimpleTransactionStatus());
		}

	}

}
