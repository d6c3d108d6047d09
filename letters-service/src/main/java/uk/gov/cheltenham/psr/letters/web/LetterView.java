package uk.gov.cheltenham.psr.letters.web;

import java.time.Instant;
import java.util.UUID;

import uk.gov.cheltenham.psr.letters.letter.DeliveryChannel;
import uk.gov.cheltenham.psr.letters.letter.Letter;
import uk.gov.cheltenham.psr.letters.letter.LetterStatus;
import uk.gov.cheltenham.psr.letters.letter.LetterType;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;

/** What the API shows of a letter. */
record LetterView(UUID id, UUID entryId, UUID requestId, LetterType letterType, LetterStatus status,
		boolean approvalRequired, Instant createdAt, String submittedBy, Instant submittedAt, String approvedBy,
		StaffRole approvedAs, Instant approvedAt, DeliveryChannel channel, String sentBy, Instant sentAt) {

	static LetterView of(Letter letter) {
		return new LetterView(letter.id(), letter.entryId(), letter.requestId(), letter.letterType(), letter.status(),
				letter.approvalRequired(), letter.createdAt(), letter.submittedBy(), letter.submittedAt(),
				letter.approvedBy(), letter.approvedAs(), letter.approvedAt(), letter.channel(), letter.sentBy(),
				letter.sentAt());
	}

}
