package uk.gov.cheltenham.psr.letters.letter;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterHoldTest {

	private static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");

	private Letter draft() {
		return Letter.draft(new LetterRequest(UUID.randomUUID(), UUID.randomUUID(), LetterType.RESTRICTION), NOW);
	}

	@Test
	@DisplayName("R8: a held letter cannot be approved, handed over or marked sent (refused naming R8, nothing changes)")
	void heldLetterGoesNowhere() {
		Letter awaiting = draft();
		awaiting.submitForApproval("cro", NOW);
		assertThat(awaiting.hold(NOW)).isTrue();
		assertR8(() -> awaiting.approve("cssm", StaffRole.CSSM, StaffRole.CSSM, NOW));
		assertThat(awaiting.status()).isEqualTo(LetterStatus.AWAITING_APPROVAL);

		Letter plain = draft();
		plain.hold(NOW);
		assertR8(() -> plain.requestDelivery(false, StaffRole.CSSM, "cro", NOW));
		assertThat(plain.status()).isEqualTo(LetterStatus.DRAFT);

		Letter sending = draft();
		sending.requestDelivery(false, StaffRole.CSSM, "cro", NOW);
		sending.hold(NOW);
		assertR8(() -> sending.markSent(DeliveryChannel.POST, NOW));
		assertThat(sending.status()).isEqualTo(LetterStatus.SENDING);
		assertThat(sending.onHold()).isTrue();
		assertThat(sending.heldAt()).isEqualTo(NOW);
	}

	@Test
	@DisplayName("R8: released when the register asks again, the letter continues from where it was held")
	void releaseContinues() {
		Letter sending = draft();
		sending.requestDelivery(false, StaffRole.CSSM, "cro", NOW);
		sending.hold(NOW);
		sending.release();
		assertThat(sending.onHold()).isFalse();
		sending.markSent(DeliveryChannel.EMAIL, NOW);
		assertThat(sending.status()).isEqualTo(LetterStatus.SENT);
	}

	@Test
	@DisplayName("R8: a letter already sent stays sent, and a cancelled one cancelled: holding them changes nothing")
	void sentStaysSent() {
		Letter sent = draft();
		sent.requestDelivery(false, StaffRole.CSSM, "cro", NOW);
		sent.markSent(DeliveryChannel.EMAIL, NOW);
		assertThat(sent.hold(NOW)).isFalse();
		assertThat(sent.onHold()).isFalse();
		assertThat(sent.status()).isEqualTo(LetterStatus.SENT);

		Letter cancelled = draft();
		cancelled.cancel(NOW);
		assertThat(cancelled.hold(NOW)).isFalse();
		assertThat(cancelled.onHold()).isFalse();
	}

	private static void assertR8(Runnable move) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(RuleViolation.class,
				(ex) -> assertThat(ex.rule()).isEqualTo("R8"));
	}

}
