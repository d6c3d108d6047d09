package uk.gov.cheltenham.psr.incident.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import uk.gov.cheltenham.psr.incident.report.Channel;
import uk.gov.cheltenham.psr.incident.report.CustomerReference;
import uk.gov.cheltenham.psr.incident.report.IncidentDraft;
import uk.gov.cheltenham.psr.incident.report.IncidentType;
import uk.gov.cheltenham.psr.incident.report.PersistentContact;
import uk.gov.cheltenham.psr.incident.report.ThirdPartyAgency;
import uk.gov.cheltenham.psr.incident.report.ThirdPartyReport;

/**
 * The incident form (I1) as JSON. A persistent-contact report lists its contacts (I5); a
 * repeat incident or breach names the customer's entry (I6, I7), a breach also the
 * restriction broken.
 */
record ReportIncidentRequest(@NotBlank @Size(max = 200) String affectedPerson,
		@Size(max = 200) String reportedOnBehalfOf, @NotNull @PastOrPresent Instant occurredAt,
		@Size(max = 500) String location, @NotNull Channel channel, @NotBlank @Size(max = 100) String serviceArea,
		@NotNull IncidentType incidentType, @Size(max = 200) String customerName,
		@NotBlank @Size(max = 20000) String whatHappened,
		@Valid @Size(max = 20) List<CustomerReferenceRequest> customerReferences,
		@Size(max = 50) Set<@NotBlank @Size(max = 200) String> otherInvolvedPeople, UUID linkedEntryId,
		@Valid ThirdPartyRequest thirdParty, @Valid @Size(max = 500) List<@NotNull ContactRequest> contacts,
		@Size(max = 500) String breachedRestriction) {

	IncidentDraft toDraft() {
		return new IncidentDraft(this.affectedPerson, this.reportedOnBehalfOf, this.occurredAt, this.location,
				this.channel, this.serviceArea, this.incidentType, this.customerName, this.whatHappened,
				(this.customerReferences != null)
						? this.customerReferences.stream().map(CustomerReferenceRequest::toReference).toList()
						: List.of(),
				this.otherInvolvedPeople, this.linkedEntryId,
				(this.thirdParty != null) ? this.thirdParty.toThirdPartyReport() : null,
				(this.contacts != null) ? this.contacts.stream().map(ContactRequest::toContact).toList() : List.of(),
				this.breachedRestriction);
	}

	/** I5: on this day, by this channel, this officer was contacted this many times. */
	record ContactRequest(@NotNull @PastOrPresent LocalDate date, @NotNull Channel channel,
			@NotBlank @Size(max = 200) String officerContacted, @Min(1) @Max(10000) Integer count) {

		PersistentContact toContact() {
			return new PersistentContact(this.date, this.channel, this.officerContacted,
					(this.count != null) ? this.count : 1);
		}

	}

	/**
	 * I4: the agency the report came from; police reports also need the lawful condition.
	 */
	record ThirdPartyRequest(@NotNull ThirdPartyAgency agency, @NotBlank @Size(max = 200) String contactName,
			@NotBlank @Size(max = 100) String reference, @Size(max = 500) String lawfulCondition) {

		ThirdPartyReport toThirdPartyReport() {
			return new ThirdPartyReport(this.agency, this.contactName, this.reference, this.lawfulCondition);
		}

	}

	record CustomerReferenceRequest(@NotBlank @Size(max = 100) String team,
			@NotBlank @Size(max = 100) String reference) {

		CustomerReference toReference() {
			return new CustomerReference(this.team, this.reference);
		}

	}

}
