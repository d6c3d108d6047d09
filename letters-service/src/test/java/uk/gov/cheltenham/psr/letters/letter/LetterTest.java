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
		@DisplayName("L7, R7: the CSSM, or the Executive Director acting for the CSSM, approves a submitted letter")
		void signatoryApproves(StaffRole role) {
			Letter letter = awaitingApproval();
			letter.approve("signatory", role, LATER);
			assertThat(letter.status()).isEqualTo(LetterStatus.APPROVED);
			assertThat(letter.approvedBy()).isEqualTo("signatory");
			assertThat(letter.approvedAs()).isEqualTo(role);
			assertThat(letter.approvedAt()).isEqualTo(LATER);
		}

		@ParameterizedTest
		@EnumSource(DeliveryChannel.class)
		@DisplayName("L7: an approved letter is sent by email or post and announces it")
		void sendApproved(DeliveryChannel channel) {
			Letter letter = approved();
			letter.markSent(channel, "cro", LATER);
			assertSent(letter, channel);
		}

		@ParameterizedTest
		@EnumSource(DeliveryChannel.class)
		@DisplayName("L7: a draft that was never referred needs no approval and is sent directly")
		void sendDraftNeedingNoApproval(DeliveryChannel channel) {
			Letter letter = Letter.draft(LetterTest.this.request, CREATED);
			letter.markSent(channel, "cro", LATER);
			assertSent(letter, channel);
		}

		private void assertSent(Letter letter, DeliveryChannel channel) {
			assertThat(letter.status()).isEqualTo(LetterStatus.SENT);
			assertThat(letter.channel()).isEqualTo(channel);
			assertThat(letter.sentBy()).isEqualTo("cro");
			assertThat(letter.sentAt()).isEqualTo(LATER);
			assertThat(events(letter)).containsExactly(
					new LetterSentEvent(letter.id(), letter.entryId(), LetterType.RESTRICTION, channel, LATER));
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
			assertRefused(letter, () -> letter.approve("cro", StaffRole.CRO, LATER), "CSSM or the Executive Director");
		}

		@ParameterizedTest
		@EnumSource(value = LetterStatus.class, names = "AWAITING_APPROVAL", mode = EnumSource.Mode.EXCLUDE)
		@DisplayName("L7: only a letter awaiting approval can be approved")
		void approveOnlyWhenAwaiting(LetterStatus status) {
			Letter letter = in(status);
			assertRefused(letter, () -> letter.approve("cssm", StaffRole.CSSM, LATER), "awaiting approval");
		}

		@Test
		@DisplayName("L7: a letter awaiting approval cannot be sent")
		void cannotSendWhileAwaitingApproval() {
			Letter letter = awaitingApproval();
			assertRefused(letter, () -> letter.markSent(DeliveryChannel.EMAIL, "cro", LATER), "approval");
		}

		@Test
		@DisplayName("L7: a letter sent after approval cannot be sent again")
		void cannotResendApproved() {
			Letter letter = approved();
			letter.markSent(DeliveryChannel.POST, "cro", LATER);
			ReflectionTestUtils.invokeMethod(letter, "clearDomainEvents");
			assertRefused(letter, () -> letter.markSent(DeliveryChannel.EMAIL, "cro", LATER), "already been sent");
		}

		@Test
		@DisplayName("L7: a letter sent without approval cannot be sent again")
		void cannotResendDraft() {
			Letter letter = sent();
			assertRefused(letter, () -> letter.markSent(DeliveryChannel.POST, "cro", LATER), "already been sent");
		}

		private void assertRefused(Letter letter, Runnable move, String reason) {
			LetterStatus before = letter.status();
			boolean approvalRequiredBefore = letter.approvalRequired();
			assertThatExceptionOfType(RuleViolation.class).isThrownBy(move::run)
				.withMessageContaining(reason)
				.satisfies((violation) -> assertThat(violation.rule()).isEqualTo("L7"));
			assertThat(letter.status()).isEqualTo(before);
			assertThat(letter.approvalRequired()).isEqualTo(approvalRequiredBefore);
			assertThat(events(letter)).isEmpty();
		}

	}

	private Letter in(LetterStatus status) {
		return switch (status) {
			case DRAFT -> Letter.draft(this.request, CREATED);
			case AWAITING_APPROVAL -> awaitingApproval();
			case APPROVED -> approved();
			case SENT -> sent();
		};
	}

	private Letter awaitingApproval() {
		Letter letter = Letter.draft(this.request, CREATED);
		letter.submitForApproval("cro", CREATED);
		return letter;
	}

	private Letter approved() {
		Letter letter = awaitingApproval();
		letter.approve("cssm", StaffRole.CSSM, CREATED);
		return letter;
	}

	private Letter sent() {
		Letter letter = Letter.draft(this.request, CREATED);
		letter.markSent(DeliveryChannel.EMAIL, "cro", CREATED);
		// only the refused move's events matter to the tests that start here
		ReflectionTestUtils.invokeMethod(letter, "clearDomainEvents");
		return letter;
	}

	/** The domain events the aggregate will publish when saved. */
	private static Collection<Object> events(Letter letter) {
		return ReflectionTestUtils.invokeMethod(letter, "domainEvents");
	}

}
