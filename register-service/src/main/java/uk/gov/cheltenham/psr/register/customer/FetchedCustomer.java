package uk.gov.cheltenham.psr.register.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.entry.IncidentType;
import uk.gov.cheltenham.psr.register.entry.TeamReference;

/**
 * What incident-service told about one incident's customer (R2): the name as far as
 * known, the teams' references, and the incident's type, time and service area.
 */
public record FetchedCustomer(UUID incidentId, String customerName, List<TeamReference> customerReferences,
		IncidentType incidentType, Instant occurredAt, String serviceArea) {

	public FetchedCustomer {
		customerReferences = (customerReferences != null) ? List.copyOf(customerReferences) : List.of();
	}

}
