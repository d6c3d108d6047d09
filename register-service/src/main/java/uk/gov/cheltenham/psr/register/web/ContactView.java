package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.review.ContactKind;
import uk.gov.cheltenham.psr.register.review.ContactNote;

record ContactView(UUID id, UUID entryId, LocalDate contactOn, String team, ContactKind kind, String note,
		String recordedBy, LocalDate recordedOn) {

	static ContactView of(ContactNote contact) {
		return new ContactView(contact.id(), contact.entryId(), contact.contactOn(), contact.team(), contact.kind(),
				contact.note(), contact.recordedBy(), contact.recordedOn());
	}

}
