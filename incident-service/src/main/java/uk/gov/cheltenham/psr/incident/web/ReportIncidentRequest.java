package uk.gov.cheltenham.psr.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import uk.gov.cheltenham.psr.incident.report.Channel;
import uk.gov.cheltenham.psr.incident.report.CustomerReference;
import uk.gov.cheltenham.psr.incident.report.IncidentDraft;
import uk.gov.cheltenham.psr.incident.report.IncidentType;
import uk.gov.cheltenham.psr.incident.report.ThirdPartyAgency;
import uk.gov.cheltenham.psr.incident.report.ThirdPartyReport;

/** The incident form (I1) as JSON. */
record ReportIncidentRequest(@NotBlank @Size(max = 200) String affectedPerson,
		@Size(max = 200) String reportedOnBehalfOf, @NotNull @PastOrPresent Instant occurredAt,
		@Size(max = 500) String location, @NotNull Channel channel, @NotBlank @Size(max = 100) String serviceArea,
		@NotNull IncidentType incidentType, @Size(max = 200) String customerName,
		@NotBlank @Size(max = 20000) String whatHappened,
		@Valid @Size(max = 20) List<CustomerReferenceRequest> customerReferences,
		@Size(max = 50) Set<@NotBlank @Size(max = 200) String> otherInvolvedPeople, UUID linkedEntryId,
		@Valid ThirdPartyRequest thirdParty) {

	IncidentDraft toDraft() {
		return new IncidentDraft(this.affectedPerson, this.reportedOnBehalfOf, this.occurredAt, this.location,
				this.channel, this.serviceArea, this.incidentType, this.customerName, this.whatHappened,
				(this.customerReferences != null)
						? this.customerReferences.stream().map(CustomerReferenceRequest::toReference).toList()
						: List.of(),
				this.otherInvolvedPeople, this.linkedEntryId,
				(this.thirdParty != null) ? this.thirdParty.toThirdPartyReport() : null);
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
