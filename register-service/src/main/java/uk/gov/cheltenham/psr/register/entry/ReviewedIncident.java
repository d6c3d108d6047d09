package uk.gov.cheltenham.psr.register.entry;

import java.util.List;
import java.util.UUID;

/** What the register learns from incident-service's review of one incident (I10). */
public record ReviewedIncident(UUID incidentId, EntryBasis basis, IncidentType incidentType,
		List<TeamReference> customerReferences) {

	public ReviewedIncident {
		customerReferences = List.copyOf(customerReferences);
	}

}
