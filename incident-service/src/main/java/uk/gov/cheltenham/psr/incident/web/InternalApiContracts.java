package uk.gov.cheltenham.psr.incident.web;

import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.events.TeamReference;
import uk.gov.cheltenham.psr.incident.report.Incident;
import uk.gov.cheltenham.psr.internalapi.CustomerDetails;

/**
 * Maps the domain to the shared internal-API answers (event-contracts'
 * {@code internalapi}). Those answers are built from event-contracts value types, so this
 * is the one class outside messaging/ allowed to name them (see ArchitectureTest).
 */
final class InternalApiContracts {

	private InternalApiContracts() {
	}

	static CustomerDetails customerDetails(Incident incident) {
		return new CustomerDetails(incident.id(), incident.customerName(),
				incident.customerReferences()
					.stream()
					.map((reference) -> new TeamReference(reference.team(), reference.reference()))
					.toList(),
				IncidentType.valueOf(incident.incidentType().name()), incident.occurredAt(), incident.serviceArea());
	}

}
