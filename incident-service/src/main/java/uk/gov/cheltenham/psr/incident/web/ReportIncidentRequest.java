package uk.gov.cheltenham.psr.incident.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
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
record ReportIncidentRequest(@Schema(example = "officer-jsmith") @NotBlank @Size(max = 200) String affectedPerson,
		@Schema(example = "officer-offline") @Size(max = 200) String reportedOnBehalfOf,
		@Schema(example = "2026-11-27T14:30:00Z") @NotNull @PastOrPresent Instant occurredAt,
		@Schema(example = "Municipal Offices, reception") @Size(max = 500) String location,
		@Schema(example = "IN_PERSON") @NotNull Channel channel,
		@Schema(example = "housing") @NotBlank @Size(max = 100) String serviceArea,
		@Schema(example = "VERBAL_THREAT") @NotNull IncidentType incidentType,
		@Schema(example = "A. Customer") @Size(max = 200) String customerName,
		@Schema(example = "The customer said 'I know where you live' and slammed the counter") @NotBlank @Size(
				max = 20000) String whatHappened,
		@Valid @Size(max = 20) List<CustomerReferenceRequest> customerReferences,
		@Schema(example = "[\"officer-witness\"]") @Size(
				max = 50) Set<@NotBlank @Size(max = 200) String> otherInvolvedPeople,
		@Schema(description = "I6, I7: the customer's register entry, for a repeat incident or a breach",
				example = "0b7e4c52-1f0a-4a57-8f7c-5d1e9a2b3c44") UUID linkedEntryId,
		@Valid ThirdPartyRequest thirdParty,
		@Schema(description = "I5: the contacts a persistent-contact report covers") @Valid @Size(
				max = 500) List<@NotNull ContactRequest> contacts,
		@Schema(description = "I7: which restriction was broken; needs linkedEntryId",
				example = "Banned from the Municipal Offices") @Size(max = 500) String breachedRestriction) {

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
	record ContactRequest(@Schema(example = "2026-11-20") @NotNull @PastOrPresent LocalDate date,
			@Schema(example = "PHONE") @NotNull Channel channel,
			@Schema(example = "officer-jsmith") @NotBlank @Size(max = 200) String officerContacted,
			@Schema(description = "how many contacts that day; 1 if omitted",
					example = "12") @Min(1) @Max(10000) Integer count) {

		PersistentContact toContact() {
			return new PersistentContact(this.date, this.channel, this.officerContacted,
					(this.count != null) ? this.count : 1);
		}

	}

	/**
	 * I4: the agency the report came from; police reports also need the lawful condition.
	 */
	record ThirdPartyRequest(@Schema(example = "POLICE") @NotNull ThirdPartyAgency agency,
			@Schema(example = "PC 1234 Smith") @NotBlank @Size(max = 200) String contactName,
			@Schema(example = "GLOS-2026-000123") @NotBlank @Size(max = 100) String reference,
			@Schema(example = "DPA 2018 Sch 1 para 10: preventing or detecting unlawful acts") @Size(
					max = 500) String lawfulCondition) {

		ThirdPartyReport toThirdPartyReport() {
			return new ThirdPartyReport(this.agency, this.contactName, this.reference, this.lawfulCondition);
		}

	}

	record CustomerReferenceRequest(@Schema(example = "housing") @NotBlank @Size(max = 100) String team,
			@Schema(example = "HSG-004211") @NotBlank @Size(max = 100) String reference) {

		CustomerReference toReference() {
			return new CustomerReference(this.team, this.reference);
		}

	}

}
