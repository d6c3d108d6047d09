package uk.gov.cheltenham.psr.letters.letter;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.test.util.ReflectionTestUtils;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LetterTest {

	private static final Instant CREATED = Instant.parse("2026-11-28T09:30:00Z");

	private static final Instant LATER = CREATED.plusSeconds(3600);

	private final LetterRequest request = new LetterRequest(UUID.randomUUID(), UUID.randomUUID(),
			LetterType.RESTRICTION);

	@Nested
	@DisplayName("legal moves")
	class Legal {

		@Test
		@DisplayName("R8: a register request becomes one draft letter with no personal data and no approval yet")
		void draftFromRequest() {
			Letter letter = Letter.draft(LetterTest.this.request, CREATED);
			assertThat(letter.id()).isNotNull();
			assertThat(letter.entryId()).isEqualTo(LetterTest.this.request.entryId());
			assertThat(letter.requestId()).isEqualTo(LetterTest.this.request.requestId());
			assertThat(letter.letterType()).isEqualTo(LetterType.RESTRICTION);
			assertThat(letter.status()).isEqualTo(LetterStatus.DRAFT);
			assertThat(letter.approvalRequired()).isFalse();
			assertThat(letter.createdAt()).isEqualTo(CREATED);
			assertThat(events(letter)).isEmpty();
		}

		@Test
		@DisplayName("L7: the CRO submits a draft for approval, after which approval is required")
		void submitDraft() {
			Letter letter = Letter.draft(LetterTest.this.request, CREATED);
			letter.submitForApproval("cro", LATER);
			assertThat(letter.status()).isEqualTo(LetterStatus.AWAITING_APPROVAL);
			assertThat(letter.approvalRequired()).isTrue();
			assertThat(letter.submittedBy()).isEqualTo("cro");
			assertThat(letter.submittedAt()).isEqualTo(LATER);
		}

		@ParameterizedTest
		@EnumSource(value = StaffRole.class, names = { "CSSM", "EXECUTIVE_DIRECTOR" })
		@DisplayName("L7, R7: the signatory the register names, the CSSM or the Executive Director, approves a submitted letter")
		void signatoryApproves(StaffRole role) {
			Letter letter = awaitingApproval();
			letter.approve("signatory", role, role, LATER);
			assertThat(letter.status()).isEqualTo(LetterStatus.APPROVED);
			assertThat(letter.approvedBy()).isEqualTo("signatory");
			assertThat(letter.approvedAs()).isEqualTo(role);
			assertThat(letter.signatoryRole()).isEqualTo(role);
			assertThat(letter.approvedAt()).isEqualTo(LATER);
		}

		@ParameterizedTest
		@EnumSource(DeliveryChannel.class)
		@DisplayName("L7: an approved complex or sensitive letter is handed over, then sent by email or post and announced")
		void sendApproved(DeliveryChannel channel) {
			Letter letter = approved();
			letter.requestDelivery(true, StaffRole.CSSM, "cro", LATER);
			assertThat(letter.status()).isEqualTo(LetterStatus.SENDING);
			assertThat(events(letter)).isEmpty();
			letter.markSent(channel, LATER);
			assertSent(letter, channel);
		}

		@ParameterizedTest
		@EnumSource(DeliveryChannel.class)
		@DisplayName("L7: a draft in a case that is not complex or sensitive needs no approval and is sent directly")
		void sendDraftNeedingNoApproval(DeliveryChannel channel) {
			Letter letter = Letter.draft(LetterTest.this.request, CREATED);
			letter.requestDelivery(false, StaffRole.EXECUTIVE_DIRECTOR, "cro", LATER);
			assertThat(letter.signatoryRole()).isEqualTo(StaffRole.EXECUTIVE_DIRECTOR);
			assertThat(letter.approvalRequired()).isFalse();
			letter.markSent(channel, LATER);
			assertSent(letter, channel);
		}

		@ParameterizedTest
		@EnumSource(value = LetterStatus.class, names = { "DRAFT", "AWAITING_APPROVAL", "APPROVED", "SENDING" })
		@DisplayName("R12: a letter not yet sent is cancelled when its entry is gone")
		void cancelUnsent(LetterStatus status) {
			Letter letter = in(status);
			letter.cancel(LATER);
			assertThat(letter.status()).isEqualTo(LetterStatus.CANCELLED);
			assertThat(letter.cancelledAt()).isEqualTo(LATER);
			letter.cancel(LATER.plusSeconds(1));
			assertThat(letter.cancelledAt()).isEqualTo(LATER);
		}

		private void assertSent(Letter letter, DeliveryChannel channel) {
			assertThat(letter.status()).isEqualTo(LetterStatus.SENT);
			assertThat(letter.channel()).isEqualTo(channel);
			assertThat(letter.sentBy()).isEqualTo("cro");
			assertThat(letter.sentAt()).isEqualTo(LATER);
			assertThat(events(letter)).containsExactly(new LetterSentEvent(letter.id(), letter.entryId(),
					LetterType.RESTRICTION, channel, LATER, letter.requestId()));
		}

	}

	@Nested
	@DisplayName("illegal moves are refused and change nothing")
	class Illegal {

		@ParameterizedTest
		@EnumSource(value = LetterStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
		@DisplayName("L7: only a draft can be submitted for approval")
		void submitOnlyFromDraft(LetterStatus status) {
			Letter letter = in(status);
			assertRefused(letter, () -> letter.submitForApproval("cro", LATER), "Only a draft letter");
		}

		@Test
		@DisplayName("L7: a CRO cannot approve a letter")
		void croCannotApprove() {
			Letter letter = awaitingApproval();
			assertRefused(letter, () -> letter.approve("cro", StaffRole.CRO, StaffRole.CSSM, LATER),
					"CSSM or the Executive Director");
		}

		@Test
		@DisplayName("R7: where the register names the Executive Director as signatory, the CSSM cannot approve")
		void onlyTheNamedSignatoryApproves() {
			Letter letter = awaitingApproval();
			assertRefused(letter, () -> letter.approve("cssm", StaffRole.CSSM, StaffRole.EXECUTIVE_DIRECTOR, LATER),
					"R7", "Executive Director of People and Change as this letter's signatory");
		}

		@ParameterizedTest
		@EnumSource(value = LetterStatus.class, names = "AWAITING_APPROVAL", mode = EnumSource.Mode.EXCLUDE)
		@DisplayName("L7: only a letter awaiting approval can be approved")
		void approveOnlyWhenAwaiting(LetterStatus status) {
			Letter letter = in(status);
			assertRefused(letter, () -> letter.approve("cssm", StaffRole.CSSM, StaffRole.CSSM, LATER),
					"awaiting approval");
		}

		@Test
		@DisplayName("L7: a letter awaiting approval cannot be sent")
		void cannotSendWhileAwaitingApproval() {
			Letter letter = awaitingApproval();
			assertRefused(letter, () -> letter.requestDelivery(false, StaffRole.CSSM, "cro", LATER), "approval");
		}

		@Test
		@DisplayName("L7: a complex or sensitive case cannot be sent without the signatory's approval")
		void complexCaseNeedsApproval() {
			Letter letter = Letter.draft(LetterTest.this.request, CREATED);
			assertRefused(letter, () -> letter.requestDelivery(true, StaffRole.CSSM, "cro", LATER),
					"complex or sensitive");
		}

		@Test
		@DisplayName("R7: a letter approved by the CSSM is not sent once the register names the Executive Director")
		void approvalBySomeoneNoLongerTheSignatory() {
			Letter letter = approved();
			assertRefused(letter, () -> letter.requestDelivery(true, StaffRole.EXECUTIVE_DIRECTOR, "cro", LATER), "R7",
					"now names the Executive Director");
		}

		@ParameterizedTest
		@EnumSource(value = LetterStatus.class, names = { "SENDING", "SENT", "CANCELLED" })
		@DisplayName("L7: a letter is handed over for delivery once only, and never once cancelled")
		void handedOverOnce(LetterStatus status) {
			Letter letter = in(status);
			assertRefused(letter, () -> letter.requestDelivery(false, StaffRole.CSSM, "cro", LATER), "");
		}

		@ParameterizedTest
		@EnumSource(value = LetterStatus.class, names = "SENDING", mode = EnumSource.Mode.EXCLUDE)
		@DisplayName("L7: only a letter handed over for delivery can be recorded as sent")
		void markSentOnlyWhenSending(LetterStatus status) {
			Letter letter = in(status);
			assertRefused(letter, () -> letter.markSent(DeliveryChannel.POST, LATER), "");
		}

		@Test
		@DisplayName("L7: a letter that was sent cannot be cancelled")
		void sentIsNotCancelled() {
			Letter letter = in(LetterStatus.SENT);
			assertRefused(letter, () -> letter.cancel(LATER), "cannot be cancelled");
		}

		private void assertRefused(Letter letter, Runnable move, String reason) {
			assertRefused(letter, move, "L7", reason);
		}

		private void assertRefused(Letter letter, Runnable move, String rule, String reason) {
			LetterStatus before = letter.status();
			boolean approvalRequiredBefore = letter.approvalRequired();
			StaffRole signatoryBefore = letter.signatoryRole();
			assertThatExceptionOfType(RuleViolation.class).isThrownBy(move::run)
				.withMessageContaining(reason)
				.satisfies((violation) -> assertThat(violation.rule()).isEqualTo(rule));
			assertThat(letter.status()).isEqualTo(before);
			assertThat(letter.approvalRequired()).isEqualTo(approvalRequiredBefore);
			assertThat(letter.signatoryRole()).isEqualTo(signatoryBefore);
			assertThat(events(letter)).isEmpty();
		}

	}

	private Letter in(LetterStatus status) {
		return switch (status) {
			case DRAFT -> Letter.draft(this.request, CREATED);
			case AWAITING_APPROVAL -> awaitingApproval();
			case APPROVED -> approved();
			case SENDING -> sending();
			case SENT -> sent();
			case CANCELLED -> cancelled();
		};
	}

	private Letter awaitingApproval() {
		Letter letter = Letter.draft(this.request, CREATED);
		letter.submitForApproval("cro", CREATED);
		return letter;
	}

	private Letter approved() {
		Letter letter = awaitingApproval();
		letter.approve("cssm", StaffRole.CSSM, StaffRole.CSSM, CREATED);
		return letter;
	}

	private Letter sending() {
		Letter letter = Letter.draft(this.request, CREATED);
		letter.requestDelivery(false, StaffRole.CSSM, "cro", CREATED);
		return letter;
	}

	private Letter sent() {
		Letter letter = sending();
		letter.markSent(DeliveryChannel.EMAIL, CREATED);
		// only the refused move's events matter to the tests that start here
		ReflectionTestUtils.invokeMethod(letter, "clearDomainEvents");
		return letter;
	}

	private Letter cancelled() {
		Letter letter = Letter.draft(this.request, CREATED);
		letter.cancel(CREATED);
		return letter;
	}

	/** The domain events the aggregate will publish when saved. */
	private static Collection<Object> events(Letter letter) {
		return ReflectionTestUtils.invokeMethod(letter, "domainEvents");
	}

}
