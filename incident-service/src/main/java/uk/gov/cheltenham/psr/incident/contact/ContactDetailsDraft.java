package uk.gov.cheltenham.psr.incident.contact;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import uk.gov.cheltenham.psr.incident.report.CustomerReference;

/**
 * What a service team reports of a registered customer's new contact details (I8);
 * validated at the web edge, blank values arriving as {@code null}.
 *
 * @param entryId the customer's register entry
 * @param serviceArea the team that learnt of the change
 * @param customerReference the customer's reference in that team's system, if any
 * @param changedOn when the change took effect, if known
 */
public record ContactDetailsDraft(UUID entryId, String serviceArea, CustomerReference customerReference, String address,
		String postcode, String phone, String email, LocalDate changedOn) {

	public ContactDetailsDraft {
		Objects.requireNonNull(entryId, "entryId");
		Objects.requireNonNull(serviceArea, "serviceArea");
	}

	boolean changesAnything() {
		return this.address != null || this.postcode != null || this.phone != null || this.email != null;
	}

}
