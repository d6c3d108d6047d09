package uk.gov.cheltenham.psr.incident.report;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A report received from the police or another agency (I4): the agency, its contact and
 * its reference, and for police data the lawful condition relied on.
 */
@Embeddable
public record ThirdPartyReport(
		@Enumerated(EnumType.STRING) @Column(name = "third_party_agency") ThirdPartyAgency agency,
		@Column(name = "third_party_contact_name") @Convert(
				converter = IncidentColumns.ThirdPartyContactName.class) String contactName,
		@Column(name = "third_party_reference") @Convert(
				converter = IncidentColumns.ThirdPartyReference.class) String reference,
		@Column(name = "lawful_condition") String lawfulCondition) {
}
