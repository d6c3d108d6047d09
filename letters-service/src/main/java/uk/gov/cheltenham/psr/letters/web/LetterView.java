package uk.gov.cheltenham.psr.letters.web;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import uk.gov.cheltenham.psr.letters.delivery.DeliveryStatus;
import uk.gov.cheltenham.psr.letters.delivery.LetterDelivery;
import uk.gov.cheltenham.psr.letters.letter.DeliveryChannel;
import uk.gov.cheltenham.psr.letters.letter.Letter;
import uk.gov.cheltenham.psr.letters.letter.LetterStatus;
import uk.gov.cheltenham.psr.letters.letter.LetterType;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;

/** What the API shows of a letter, with its delivery once it was handed over. */
record LetterView(UUID id, UUID entryId, UUID requestId, LetterType letterType, LetterStatus status,
		boolean approvalRequired, StaffRole signatoryRole, Instant createdAt, String submittedBy, Instant submittedAt,
		String approvedBy, StaffRole approvedAs, Instant approvedAt, DeliveryChannel channel, String sentBy,
		Instant sentAt, Instant cancelledAt, boolean onHold, Instant heldAt, DeliveryView delivery) {

	static LetterView of(Letter letter, Optional<LetterDelivery> delivery) {
		return new LetterView(letter.id(), letter.entryId(), letter.requestId(), letter.letterType(), letter.status(),
				letter.approvalRequired(), letter.signatoryRole(), letter.createdAt(), letter.submittedBy(),
				letter.submittedAt(), letter.approvedBy(), letter.approvedAs(), letter.approvedAt(), letter.channel(),
				letter.sentBy(), letter.sentAt(), letter.cancelledAt(), letter.onHold(), letter.heldAt(),
				delivery.map(DeliveryView::of).orElse(null));
	}

	/**
	 * How delivery is going: status, attempts, when the next is due and the last error's
	 * exception class (never the mail server's words, which may name the recipient).
	 */
	record DeliveryView(DeliveryChannel channel, DeliveryStatus status, int attempts, Instant nextAttemptAt,
			String lastError, String requestedBy, Instant requestedAt, Instant deliveredAt, String deliveredBy) {

		static DeliveryView of(LetterDelivery delivery) {
			return new DeliveryView(delivery.channel(), delivery.status(), delivery.attempts(),
					delivery.nextAttemptAt(), delivery.lastError(), delivery.requestedBy(), delivery.createdAt(),
					delivery.deliveredAt(), delivery.deliveredBy());
		}

	}

}
