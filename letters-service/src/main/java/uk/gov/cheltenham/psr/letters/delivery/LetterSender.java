package uk.gov.cheltenham.psr.letters.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import uk.gov.cheltenham.psr.letters.letter.DeliveryChannel;
import uk.gov.cheltenham.psr.letters.letter.Letter;
import uk.gov.cheltenham.psr.letters.letter.LetterStatus;
import uk.gov.cheltenham.psr.letters.letter.Letters;
import uk.gov.cheltenham.psr.platform.work.IntentSender;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * Sends due letter emails with the platform's {@link IntentSender}: the delivery row is
 * claimed with {@code FOR UPDATE SKIP LOCKED} and committed as SENDING; the stored PDF is
 * attached to the plain-text letter and sent with a {@code Message-ID} derived from the
 * delivery's id; then, in a transaction of its own retried while the database is away,
 * the delivery and the letter become SENT and {@code LetterSent} goes to the outbox. A
 * failure is recorded (attempts, next attempt, the exception class) and tried again with
 * a capped backoff for the whole retry window, then FAILED (shown to the CRO). Run by a
 * polling worker (see {@code config/}), woken when a delivery is committed.
 * <p>
 * At least once, in a narrow window: a sender killed between the send and the record
 * leaves the delivery SENDING, and the email is sent again when its lease runs out, with
 * the same Message-ID.
 */
@Component
public class LetterSender {

	private static final Logger log = LoggerFactory.getLogger(LetterSender.class);

	private final LetterDeliveries deliveries;

	private final LetterDocuments documents;

	private final Letters letters;

	private final LetterMailer mailer;

	private final RetryPolicy retryPolicy;

	private final IntentSender<Attempt> intents;

	LetterSender(LetterDeliveries deliveries, LetterDocuments documents, Letters letters, LetterMailer mailer,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${psr.letters.delivery.retry-window}") Duration retryWindow,
			@Value("${psr.letters.delivery.retry-backoff}") Duration retryBackoff,
			@Value("${psr.letters.delivery.max-retry-backoff}") Duration maxRetryBackoff,
			@Value("${psr.letters.delivery.sending-lease}") Duration lease,
			@Value("${psr.letters.delivery.record-window}") Duration recordWindow) {
		this.deliveries = deliveries;
		this.documents = documents;
		this.letters = letters;
		this.mailer = mailer;
		this.retryPolicy = RetryPolicy.lasting(retryWindow, retryBackoff, maxRetryBackoff);
		this.intents = new IntentSender<>("letter email", new LetterEmails(), transactionManager, clock, lease,
				recordWindow);
	}

	/**
	 * Attempts every letter email that is due now.
	 * @return how many were claimed
	 */
	public int sendDue() {
		return this.intents.sendDue();
	}

	/** One claimed attempt; logged by ids only. */
	record Attempt(UUID deliveryId, UUID letterId, UUID attemptId, String recipient, String text, String messageId) {

		@Override
		public String toString() {
			return "letter " + this.letterId + " (attempt " + this.attemptId + ")";
		}

	}

	/** The claim, send and record steps of letter emails. */
	private final class LetterEmails implements IntentSender.Intents<Attempt> {

		@Override
		public Optional<IntentSender.Claim<Attempt>> claimNext(Instant now, Instant leaseEnd) {
			List<LetterDelivery> due = LetterSender.this.deliveries.claimDueEmails(now, 1);
			if (due.isEmpty()) {
				return Optional.empty();
			}
			LetterDelivery delivery = due.get(0);
			if (sendingLetter(delivery).isEmpty()) {
				delivery.cancel();
				return Optional.of(IntentSender.Claim.settled());
			}
			UUID attemptId = delivery.claim(now, leaseEnd);
			return Optional.of(IntentSender.Claim.toSend(new Attempt(delivery.id(), delivery.letterId(), attemptId,
					delivery.recipientEmail(), delivery.emailText(), delivery.messageId())));
		}

		@Override
		public void send(Attempt attempt) {
			byte[] pdf = LetterSender.this.documents.findById(attempt.letterId())
				.orElseThrow(() -> new IllegalStateException("No stored PDF"))
				.verifiedPdf();
			LetterSender.this.mailer.send(attempt.recipient(), attempt.text(), pdf, attempt.messageId());
		}

		@Override
		public void recordSent(Attempt attempt, Instant now) {
			LetterSender.this.deliveries.findById(attempt.deliveryId())
				.filter((delivery) -> delivery.sent(attempt.attemptId(), now))
				.flatMap(LetterSender.this::sendingLetter)
				.ifPresent((letter) -> {
					letter.markSent(DeliveryChannel.EMAIL, now);
					LetterSender.this.letters.save(letter);
				});
		}

		@Override
		public void recordFailed(Attempt attempt, RuntimeException failure, Instant now) {
			String safeError = LetterMailer.describe(failure);
			LetterSender.this.deliveries.findById(attempt.deliveryId())
				.filter((delivery) -> delivery.failed(attempt.attemptId(), safeError, LetterSender.this.retryPolicy,
						now))
				.ifPresent((delivery) -> {
					if (delivery.status() == DeliveryStatus.FAILED) {
						log.error("Letter {} email failed for good after {} attempts: {}", delivery.letterId(),
								delivery.attempts(), safeError);
					}
					else {
						log.warn("Letter {} email attempt {} failed, next at {}: {}", delivery.letterId(),
								delivery.attempts(), delivery.nextAttemptAt(), safeError);
					}
				});
		}

	}

	private Optional<Letter> sendingLetter(LetterDelivery delivery) {
		return this.letters.findById(delivery.letterId())
			.filter((candidate) -> candidate.status() == LetterStatus.SENDING);
	}

}
