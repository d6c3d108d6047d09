package uk.gov.cheltenham.psr.internalapi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import uk.gov.cheltenham.psr.events.TeamReference;

/**
 * A registered customer's changed contact details as a service team reported them (I8).
 * Answered by incident-service at {@link InternalPaths#CONTACT_DETAILS_UPDATE} for
 * register-service only; blank or {@code null} means "not changed".
 */
public record ContactDetailsUpdate(UUID updateId, UUID entryId, String serviceArea, TeamReference customerReference,
		String address, String postcode, String phone, String email, LocalDate changedOn, Instant reportedAt) {

}
