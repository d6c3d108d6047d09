package uk.gov.cheltenham.psr.letters.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.letters.letter.DeliveryChannel;
import uk.gov.cheltenham.psr.letters.letter.Letter;
import uk.gov.cheltenham.psr.letters.letter.LetterStatus;
import uk.gov.cheltenham.psr.letters.letter.Letters;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * Sends due letter emails, one per transaction: the delivery row is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, the stored PDF is attached to the plain-text letter,
 * and on the mail server's acceptance the delivery and the letter become SENT and
 * {@code LetterSent} goes to the outbox, all in that transaction. A failure is recorded
 * (attempts, next attempt, the exception class) and tried again with backoff until the
 * bounded attempts run out (FAILED, shown to the CRO). Run by a polling worker (see
 * {@code config/}), woken when a delivery is committed.
 * <p>
 * At least once: if the commit fails after the mail server accepted the email, it is sent
 * again.
 */
@Component
public class LetterSender {

	private static final Logger log = LoggerFactory.getLogger(LetterSender.class);

	private final LetterDeliveries deliveries;

	private final LetterDocuments documents;

	private final Letters letters;

	private final LetterMailer mailer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final RetryPolicy retryPolicy;

	LetterSender(LetterDeliveries deliveries, LetterDocuments documents, Letters letters, LetterMailer mailer,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${psr.letters.delivery.max-attempts}") int maxAttempts,
			@Value("${psr.letters.delivery.retry-backoff}") Duration retryBackoff,
			@Value("${psr.letters.delivery.max-retry-backoff}") Duration maxRetryBackoff) {
		this.deliveries = deliveries;
		this.documents = documents;
		this.letters = letters;
		this.mailer = mailer;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.retryPolicy = new RetryPolicy(maxAttempts, retryBackoff, maxRetryBackoff);
	}

	/**
	 * Attempts every letter email that is due now.
	 * @return how many attempts were made
	 */
	public int sendDue() {
		int attempts = 0;
		while (Boolean.TRUE.equals(this.transaction.execute((status) -> attemptNext()))) {
			attempts++;
		}
		return attempts;
	}

	private boolean attemptNext() {
		List<LetterDelivery> claimed = this.deliveries.claimDueEmails(this.clock.instant(), 1);
		if (claimed.isEmpty()) {
			return false;
		}
		LetterDelivery delivery = claimed.get(0);
		Optional<Letter> letter = this.letters.findById(delivery.letterId())
			.filter((candidate) -> candidate.status() == LetterStatus.SENDING);
		if (letter.isEmpty()) {
			delivery.cancel();
			return true;
		}
		try {
			byte[] pdf = this.documents.findById(delivery.letterId())
				.orElseThrow(() -> new IllegalStateException("No stored PDF"))
				.verifiedPdf();
			this.mailer.send(delivery.recipientEmail(), delivery.emailText(), pdf);
			Instant now = this.clock.instant();
			delivery.sent(now);
			letter.get().markSent(DeliveryChannel.EMAIL, now);
			this.letters.save(letter.get());
		}
		catch (RuntimeException ex) {
			failed(delivery, LetterMailer.describe(ex));
		}
		return true;
	}

	private void failed(LetterDelivery delivery, String safeError) {
		delivery.failed(safeError, this.retryPolicy, this.clock.instant());
		if (delivery.status() == DeliveryStatus.FAILED) {
			log.error("Letter {} email failed for good after {} attempts: {}", delivery.letterId(), delivery.attempts(),
					safeError);
		}
		else {
			log.warn("Letter {} email attempt {} failed, next at {}: {}", delivery.letterId(), delivery.attempts(),
					delivery.nextAttemptAt(), safeError);
		}
	}

}
