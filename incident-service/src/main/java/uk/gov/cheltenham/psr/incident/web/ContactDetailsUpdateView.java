package uk.gov.cheltenham.psr.incident.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import uk.gov.cheltenham.psr.incident.contact.ContactDetailsUpdate;
import uk.gov.cheltenham.psr.incident.report.CustomerReference;

/**
 * A contact-details update (I8) as its reporter sees it, and as the internal API answers
 * it to register-service at {@link InternalIncidentController#CONTACT_DETAILS_UPDATE}.
 */
record ContactDetailsUpdateView(UUID updateId, UUID entryId, String serviceArea, CustomerReference customerReference,
		String address, String postcode, String phone, String email, LocalDate changedOn, Instant reportedAt) {

	static ContactDetailsUpdateView of(ContactDetailsUpdate update) {
		return new ContactDetailsUpdateView(update.id(), update.entryId(), update.serviceArea(),
				update.customerReference(), update.address(), update.postcode(), update.phone(), update.email(),
				update.changedOn(), update.reportedAt());
	}

}
