package uk.gov.cheltenham.psr.incident.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.gov.cheltenham.psr.incident.contact.ContactDetailsDraft;
import uk.gov.cheltenham.psr.incident.web.ReportIncidentRequest.CustomerReferenceRequest;

/**
 * I8: a registered customer's changed address, phone or email, as a service team learnt
 * of it. At least one of them is given; blank means not changed.
 */
record ContactDetailsUpdateRequest(@Schema(example = "0b7e4c52-1f0a-4a57-8f7c-5d1e9a2b3c44") @NotNull UUID entryId,
		@Schema(example = "housing") @NotBlank @Size(max = 100) String serviceArea,
		@Valid CustomerReferenceRequest customerReference,
		@Schema(example = "Flat 2, 14 Example Road, Cheltenham") @Size(max = 500) String address,
		@Schema(example = "GL50 9SA") @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9 ]*",
				message = "letters, digits and spaces") String postcode,
		@Schema(example = "01242 000000") @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*",
				message = "digits, spaces and + ( ) -") String phone,
		@Schema(example = "customer@example.org") @Size(max = 254) @Email String email,
		@Schema(example = "2026-11-01") @PastOrPresent LocalDate changedOn) {

	ContactDetailsDraft toDraft() {
		return new ContactDetailsDraft(this.entryId, this.serviceArea,
				(this.customerReference != null) ? this.customerReference.toReference() : null, given(this.address),
				given(this.postcode), given(this.phone), given(this.email), this.changedOn);
	}

	private static String given(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
