package uk.gov.cheltenham.psr.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.incident.report.Incident;
import uk.gov.cheltenham.psr.incident.report.IncidentStatus;
import uk.gov.cheltenham.psr.incident.report.IncidentType;
import uk.gov.cheltenham.psr.incident.report.PersistentContact;
import uk.gov.cheltenham.psr.incident.report.ThirdPartyAgency;
import uk.gov.cheltenham.psr.incident.report.ThirdPartyReport;
import uk.gov.cheltenham.psr.incident.review.ReviewOutcome;

/**
 * What the API shows of an incident, to its reporter(s) and managers: who submitted it
 * and on whose behalf (I3), where a third party's report came from (I4), the contacts a
 * persistent-contact report covers (I5), and the entry a repeat incident or breach is
 * linked to (I6, I7).
 */
record IncidentView(UUID id, IncidentStatus status, IncidentType incidentType, String serviceArea, Instant occurredAt,
		Instant reportedAt, String reportedBy, String reportedOnBehalfOf, boolean thirdPartyReport,
		ThirdPartyView thirdParty, List<PersistentContact> contacts, int totalContacts, UUID linkedEntryId,
		boolean breachOfRestrictions, String breachedRestriction, ReviewOutcome reviewOutcome) {

	static IncidentView of(Incident incident) {
		return new IncidentView(incident.id(), incident.status(), incident.incidentType(), incident.serviceArea(),
				incident.occurredAt(), incident.reportedAt(), incident.reportedBy(), incident.reportedOnBehalfOf(),
				incident.isThirdPartyReport(), ThirdPartyView.of(incident.thirdParty()), incident.contacts(),
				incident.totalContacts(), incident.linkedEntryId(), incident.breachedRestriction() != null,
				incident.breachedRestriction(), incident.reviewOutcome());
	}

	record ThirdPartyView(ThirdPartyAgency agency, String contactName, String reference, String lawfulCondition) {

		static ThirdPartyView of(ThirdPartyReport report) {
			return (report != null) ? new ThirdPartyView(report.agency(), report.contactName(), report.reference(),
					report.lawfulCondition()) : null;
		}

	}

}
