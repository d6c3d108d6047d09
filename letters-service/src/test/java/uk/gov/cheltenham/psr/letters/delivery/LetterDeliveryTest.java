package uk.gov.cheltenham.psr.letters.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.letters.letter.DeliveryChannel;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LetterDeliveryTest {

	private static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");

	private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(1));

	private static final String SMTP_DOWN = "org.springframework.mail.MailSendException <- java.net.ConnectException";

	@Test
	@DisplayName("L7: an email delivery is due at once and forgets the address and body once sent")
	void emailSentForgetsRecipient() {
		LetterDelivery delivery = email();
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.channel()).isEqualTo(DeliveryChannel.EMAIL);
		assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);

		send(delivery, NOW.plusSeconds(1));

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(delivery.attempts()).isEqualTo(1);
		assertThat(delivery.deliveredAt()).isEqualTo(NOW.plusSeconds(1));
		assertThat(delivery.recipientEmail()).isNull();
		assertThat(delivery.emailText()).isNull();
	}

	@Test
	@DisplayName("L7: a failed email is retried with growing backoff, then parked as FAILED with its error class, never dropped")
	void boundedRetriesWithBackoff() {
		LetterDelivery delivery = email();

		fail(delivery, SMTP_DOWN, POLICY, NOW);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
		fail(delivery, SMTP_DOWN, POLICY, NOW);
		assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
		fail(delivery, SMTP_DOWN, POLICY, NOW);

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(delivery.attempts()).isEqualTo(3);
		assertThat(delivery.lastError()).isEqualTo(SMTP_DOWN);
		assertThat(delivery.nextAttemptAt()).isNull();
		assertThat(delivery.recipientEmail()).as("kept, so that the CRO can try again").isNotNull();

		delivery.redrive(NOW);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.attempts()).isZero();
		assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);
	}

	@Test
	@DisplayName("L7: a letter for post waits in the print queue until the post room marks it posted")
	void postedFromPrintQueue() {
		LetterDelivery delivery = LetterDelivery.byPost(UUID.randomUUID(), "cro", NOW);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.QUEUED_FOR_POST);
		assertThat(delivery.nextAttemptAt()).isNull();

		delivery.posted("post-room", NOW.plusSeconds(60));

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(delivery.deliveredBy()).isEqualTo("post-room");
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> delivery.posted("post-room", NOW))
			.satisfies((refusal) -> assertThat(refusal.rule()).isEqualTo("L7"));
	}

	@Test
	@DisplayName("L7: only a FAILED email can be tried again, and an email is never marked posted")
	void illegalMovesRefused() {
		LetterDelivery delivery = email();
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> delivery.redrive(NOW));
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> delivery.posted("post-room", NOW));
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
	}

	@Test
	@DisplayName("R12: cancelling forgets the address; a delivered letter stays delivered")
	void cancel() {
		LetterDelivery pending = email();
		pending.cancel();
		assertThat(pending.status()).isEqualTo(DeliveryStatus.CANCELLED);
		assertThat(pending.recipientEmail()).isNull();

		LetterDelivery sent = email();
		send(sent, NOW);
		sent.cancel();
		assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
	}

	@Test
	@DisplayName("a PDF whose bytes no longer match their checksum is refused")
	void documentChecksum() {
		LetterDocument document = LetterDocument.of(UUID.randomUUID(),
				new uk.gov.cheltenham.psr.letters.rendering.RenderedLetter(
						uk.gov.cheltenham.psr.letters.letter.LetterType.WARNING, "1", new byte[] { 1, 2, 3 }, "text"),
				NOW);
		assertThat(document.verifiedPdf()).containsExactly(1, 2, 3);
		assertThat(document.sha256()).hasSize(64);
		org.springframework.test.util.ReflectionTestUtils.setField(document, "pdf", new byte[] { 1, 2, 4 });
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(document::verifiedPdf);
	}

	private static LetterDelivery email() {
		return LetterDelivery.byEmail(UUID.randomUUID(), "robin@example.invalid", "Dear Robin", "cro", NOW);
	}

	@Test
	@DisplayName("L7: a claimed email is SENDING and keeps its address; after its lease it is claimed again, and the stale attempt records nothing")
	void claimedUnderLease() {
		LetterDelivery delivery = email();

		UUID first = delivery.claim(NOW, NOW.plusSeconds(60));

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENDING);
		assertThat(delivery.recipientEmail()).isNotNull();
		assertThat(delivery.isDue(NOW.plusSeconds(59))).isFalse();
		UUID second = delivery.claim(NOW.plusSeconds(60), NOW.plusSeconds(120));
		assertThat(delivery.sent(first, NOW.plusSeconds(61))).isFalse();
		assertThat(delivery.sent(second, NOW.plusSeconds(61))).isTrue();
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(delivery.messageId()).isEqualTo("<" + delivery.id() + "@letters.psr.cheltenham.gov.uk>");
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> delivery.claim(NOW.plusSeconds(200), NOW));
	}

	@Test
	@DisplayName("L7: a mail server away for an hour delays a letter, at most the capped backoff apart, but does not fail it")
	void longOutageDoesNotFail() {
		RetryPolicy day = RetryPolicy.lasting(Duration.ofHours(24), Duration.ofSeconds(2), Duration.ofSeconds(20));
		LetterDelivery delivery = email();
		Instant now = NOW;

		while (now.isBefore(NOW.plus(Duration.ofHours(1)))) {
			fail(delivery, SMTP_DOWN, day, now);
			assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
			assertThat(Duration.between(now, delivery.nextAttemptAt())).isLessThanOrEqualTo(Duration.ofSeconds(20));
			now = delivery.nextAttemptAt();
		}
		send(delivery, now);

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
	}

	/** One attempt that the mail server accepted. */
	private static void send(LetterDelivery delivery, Instant now) {
		delivery.sent(delivery.claim(now, now.plusSeconds(60)), now);
	}

	/** One attempt that failed, made at {@code now} or when next due if later. */
	private static void fail(LetterDelivery delivery, String error, RetryPolicy policy, Instant now) {
		Instant at = (delivery.nextAttemptAt() != null && delivery.nextAttemptAt().isAfter(now))
				? delivery.nextAttemptAt() : now;
		delivery.failed(delivery.claim(at, at.plusSeconds(60)), error, policy, now);
	}

}
