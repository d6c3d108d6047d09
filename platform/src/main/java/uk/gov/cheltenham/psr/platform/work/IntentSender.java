package uk.gov.cheltenham.psr.platform.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Performs side effects (mail, webhooks, calls to partners) from intent rows in three
 * steps, so that a database outage after the side effect cannot undo its record:
 * <ol>
 * <li><b>claim</b>, in its own committed transaction: the next due intent becomes SENDING
 * under a new attempt id and is due again only when the lease runs out;</li>
 * <li><b>send</b>, outside any transaction, carrying a key derived from the intent (a
 * mail's {@code Message-ID}, a webhook's delivery id, an idempotency key);</li>
 * <li><b>record</b> SENT (or the failure, with its backoff) in a new transaction, retried
 * with a capped backoff for {@code recordWindow}, which outlasts a PostgreSQL
 * restart.</li>
 * </ol>
 * The residual window is at-least-once: a process killed between send and record, or a
 * database away for longer than the record window, leaves the intent SENDING; when its
 * lease runs out it is claimed and sent again with the same key, so the receiver can
 * recognise the repeat. Recording is conditional on the attempt id, so a late record of
 * an attempt that lost its lease changes nothing.
 *
 * @param <C> what a claim yields: everything needed to send, read inside the claim; its
 * {@code toString()} is logged, so it names the intent by id and nothing personal
 */
public class IntentSender<C> {

	private static final Logger log = LoggerFactory.getLogger(IntentSender.class);

	private static final Duration FIRST_RECORD_BACKOFF = Duration.ofMillis(250);

	private static final Duration MAX_RECORD_BACKOFF = Duration.ofSeconds(2);

	/** The steps one kind of intent provides; each transactional one runs in its own. */
	public interface Intents<C> {

		/**
		 * Claims the next intent due at {@code now}: marks it SENDING under a new attempt
		 * id, due again at {@code leaseEnd}. An intent that should no longer be sent may
		 * be settled here (cancelled, say) and yields {@link Claim#settled()}.
		 * @return the claim, or empty when nothing is due
		 */
		Optional<Claim<C>> claimNext(Instant now, Instant leaseEnd);

		/**
		 * Performs the side effect, outside any transaction.
		 * @throws RuntimeException if it was not accepted
		 */
		void send(C claimed);

		/**
		 * Records that the side effect was accepted, unless the attempt lost its claim.
		 */
		void recordSent(C claimed, Instant now);

		/**
		 * Records a failed attempt (backoff or FAILED), unless the attempt lost its
		 * claim.
		 * @param failure what {@link #send} threw; stored and logged only as a
		 * description free of personal data (a server's reply may name people)
		 */
		void recordFailed(C claimed, RuntimeException failure, Instant now);

	}

	/**
	 * The outcome of a claim: an intent to send, or one the claim settled itself.
	 *
	 * @param claimed what to send, or null when settled
	 */
	public record Claim<C>(C claimed) {

		public static <C> Claim<C> toSend(C claimed) {
			return new Claim<>(claimed);
		}

		public static <C> Claim<C> settled() {
			return new Claim<>(null);
		}

	}

	/** Waits between attempts to record; replaced in tests. */
	@FunctionalInterface
	public interface Pause {

		void sleep(Duration duration) throws InterruptedException;

	}

	private final String name;

	private final Intents<C> intents;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration lease;

	private final Duration recordWindow;

	private final Supplier<Long> nanoTime;

	private final Pause pause;

	/**
	 * @param name names the intents in logs, e.g. {@code notification}
	 * @param lease how long a claim holds the intent before it may be sent again; longer
	 * than a send's timeouts plus {@code recordWindow}
	 * @param recordWindow how long recording an outcome is retried (a database restart)
	 */
	public IntentSender(String name, Intents<C> intents, PlatformTransactionManager transactionManager, Clock clock,
			Duration lease, Duration recordWindow) {
		this(name, intents, new TransactionTemplate(transactionManager), clock, lease, recordWindow, System::nanoTime,
				(duration) -> Thread.sleep(duration.toMillis()));
	}

	IntentSender(String name, Intents<C> intents, TransactionTemplate transaction, Clock clock, Duration lease,
			Duration recordWindow, Supplier<Long> nanoTime, Pause pause) {
		this.name = name;
		this.intents = intents;
		this.transaction = transaction;
		this.clock = clock;
		this.lease = lease;
		this.recordWindow = recordWindow;
		this.nanoTime = nanoTime;
		this.pause = pause;
	}

	/**
	 * Claims, sends and records every intent that is due now, one at a time; run by a
	 * {@link PollingWorker} that is being stopped, it ends after the intent in hand.
	 * @return how many intents were claimed
	 */
	public int sendDue() {
		int claims = 0;
		while (!PollingWorker.stopRequested()) {
			Instant now = this.clock.instant();
			Optional<Claim<C>> claim = this.transaction
				.execute((status) -> this.intents.claimNext(now, now.plus(this.lease)));
			if (claim == null || claim.isEmpty()) {
				return claims;
			}
			claims++;
			C claimed = claim.get().claimed();
			if (claimed != null) {
				sendAndRecord(claimed);
			}
		}
		return claims;
	}

	private void sendAndRecord(C claimed) {
		try {
			this.intents.send(claimed);
		}
		catch (RuntimeException ex) {
			record(claimed, "failure", () -> this.intents.recordFailed(claimed, ex, this.clock.instant()));
			return;
		}
		record(claimed, "sent", () -> this.intents.recordSent(claimed, this.clock.instant()));
	}

	/**
	 * Records in a transaction of its own, retried with a capped backoff (not on the
	 * injected clock: this is about real time while a database comes back).
	 */
	private void record(C claimed, String what, Runnable step) {
		long deadline = this.nanoTime.get() + this.recordWindow.toNanos();
		Duration backoff = FIRST_RECORD_BACKOFF;
		int attempt = 1;
		while (true) {
			try {
				this.transaction.executeWithoutResult((status) -> step.run());
				if (attempt > 1) {
					log.info("{} {}: recorded {} at attempt {}", this.name, claimed, what, attempt);
				}
				return;
			}
			catch (RuntimeException ex) {
				if (this.nanoTime.get() + backoff.toNanos() - deadline > 0) {
					// still SENDING: sent again, with the same key, when the lease runs
					// out
					log.error("{} {}: could not record {} within {}, will be sent again after its lease: {}", this.name,
							claimed, what, this.recordWindow, ex.getClass().getName());
					return;
				}
				log.warn("{} {}: recording {} failed (attempt {}), retrying: {}", this.name, claimed, what, attempt,
						ex.getClass().getName());
			}
			try {
				this.pause.sleep(backoff);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			attempt++;
			backoff = backoff.multipliedBy(2);
			if (backoff.compareTo(MAX_RECORD_BACKOFF) > 0) {
				backoff = MAX_RECORD_BACKOFF;
			}
		}
	}

}
