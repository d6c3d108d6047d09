package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;

import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.security.Roles;
import uk.gov.cheltenham.psr.platform.work.IntentSender;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * Sends the updates that are due (P1) with the platform's {@link IntentSender}: each
 * update is claimed (SENDING) in a transaction committed before anything is sent; the
 * values are read from the register and the message handed to the partner's channel
 * outside any transaction, identified by the update's id; and the outcome, with on
 * success the {@code PartnerUpdateSent} announcement, is recorded in a transaction of its
 * own, retried while the database is away. Should the sender die between the send and the
 * record, the update is sent again when its lease runs out, with the same update id,
 * which the partner uses to drop the copy. Run by the platform's polling worker, never
 * from a Kafka handler, so the register is only ever read here, at the time of sending.
 * <p>
 * Each disclosure is recorded in the audit trail (D3, P3) with the agreement's reference,
 * in the transaction that records it sent: the trail is the log of what went to the
 * partner, and {@code outbound_update} only the work list and its outcome.
 */
public class PartnerUpdateSender {

	private static final Logger log = LoggerFactory.getLogger(PartnerUpdateSender.class);

	/** The discloser: this service, sending on the council's behalf. */
	private static final String SENDER = "partner-sync-service";

	private final OutboundUpdates updates;

	private final EntryRegister register;

	private final PartnerChannel channel;

	private final DisclosureAnnouncements announcements;

	private final RetryPolicy retries;

	private final IntentSender<Attempt> intents;

	private final AuditTrail trail;

	/**
	 * @param retries how long and how often an update is tried
	 * @param lease how long a claim holds an update before it may be sent again
	 * @param recordWindow how long recording the outcome is retried (a database restart)
	 */
	public PartnerUpdateSender(OutboundUpdates updates, EntryRegister register, PartnerChannel channel,
			DisclosureAnnouncements announcements, RetryPolicy retries, PlatformTransactionManager transactionManager,
			Clock clock, Duration lease, Duration recordWindow, AuditTrail trail) {
		this.updates = updates;
		this.register = register;
		this.channel = channel;
		this.announcements = announcements;
		this.retries = retries;
		this.intents = new IntentSender<>("partner update", new Updates(), transactionManager, clock, lease,
				recordWindow);
		this.trail = trail;
	}

	/** Tries every update that is due once. */
	public void sendDue() {
		this.intents.sendDue();
	}

	/**
	 * One claimed attempt: the update as claimed (names of fields, never values). Logged
	 * by ids only.
	 */
	record Attempt(OutboundUpdate update, UUID attemptId) {

		@Override
		public String toString() {
			return "update " + this.update.id() + " (attempt " + this.attemptId + ")";
		}

	}

	/** A checked failure of the send, carried to the record step. */
	static final class AttemptFailed extends RuntimeException {

		AttemptFailed(Exception cause) {
			super(cause.getClass().getSimpleName(), cause);
		}

	}

	/** The claim, send and record steps of outbound updates. */
	private final class Updates implements IntentSender.Intents<Attempt> {

		@Override
		public Optional<IntentSender.Claim<Attempt>> claimNext(Instant now, Instant leaseEnd) {
			List<OutboundUpdate> due = PartnerUpdateSender.this.updates.lockNextDue(now);
			if (due.isEmpty()) {
				return Optional.empty();
			}
			OutboundUpdate update = due.get(0);
			UUID attemptId = update.claim(now, leaseEnd);
			return Optional.of(IntentSender.Claim.toSend(new Attempt(update, attemptId)));
		}

		@Override
		public void send(Attempt attempt) {
			try {
				attempt.update().sendVia(PartnerUpdateSender.this.channel, PartnerUpdateSender.this.register);
			}
			catch (RegisterReadFailure | PartnerDeliveryException ex) {
				throw new AttemptFailed(ex);
			}
		}

		@Override
		public void recordSent(Attempt attempt, Instant now) {
			record(attempt, null, now);
		}

		@Override
		public void recordFailed(Attempt attempt, RuntimeException failure, Instant now) {
			record(attempt, (failure instanceof AttemptFailed failed) ? (Exception) failed.getCause() : failure, now);
		}

		private void record(Attempt attempt, Exception failure, Instant now) {
			OutboundUpdate update = PartnerUpdateSender.this.updates.findById(attempt.update().id()).orElse(null);
			if (update == null) {
				return;
			}
			boolean wasClaimed = update.status() == DeliveryStatus.SENDING;
			if (update.recordAttempt(attempt.attemptId(), failure, now, PartnerUpdateSender.this.retries)) {
				PartnerUpdateSender.this.announcements.sent(update);
				PartnerUpdateSender.this.trail.record(SENDER, Roles.SERVICE, "DISCLOSE", "entry",
						update.entryId().toString(), "data sharing with CBH",
						"agreement=" + update.agreementReference() + ";update=" + update.id() + ";kind=" + update.kind()
								+ ";fields=" + String.join(",", update.disclosedFields()));
				log.info("Sent {} {} under {} (fields {})", update.kind(), update.id(), update.agreementReference(),
						update.disclosedFields());
			}
			else if (wasClaimed && update.status() != DeliveryStatus.SENDING) {
				log.warn("Delivery of {} under {} not done (attempt {}, now {}): {}", update.id(),
						update.agreementReference(), update.attempts(), update.status(), update.lastError());
			}
		}

	}

}
