package uk.gov.cheltenham.psr.incident.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.incident.report.CustomerReference;
import uk.gov.cheltenham.psr.incident.report.IncidentType;

/**
 * The minimum register-service needs to make or extend an entry (R2): the customer's name
 * as far as known, the teams' references, and the incident's type, time and service area.
 */
public record CustomerDetails(UUID incidentId, String customerName, List<CustomerReference> customerReferences,
		IncidentType incidentType, Instant occurredAt, String serviceArea) {

}
