package uk.gov.cheltenham.psr.register.entry;

import java.util.List;
import java.util.UUID;

/**
 * What the register learns from incident-service's review of one incident (I10).
 * {@code approvalRequired} when the reviewer referred the case to the CSSM as complex or
 * sensitive (R7).
 */
public record ReviewedIncident(UUID incidentId, EntryBasis basis, IncidentType incidentType,
		List<TeamReference> customerReferences, boolean approvalRequired) {

	public ReviewedIncident {
		customerReferences = List.copyOf(customerReferences);
	}

	public ReviewedIncident(UUID incidentId, EntryBasis basis, IncidentType incidentType,
			List<TeamReference> customerReferences) {
		this(incidentId, basis, incidentType, customerReferences, false);
	}

}
