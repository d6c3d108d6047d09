package uk.gov.cheltenham.psr.internalapi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.events.TeamReference;

/**
 * The minimum register-service needs from an incident to make or extend an entry (R2):
 * the customer's name as far as known, the teams' references, and the incident's type,
 * time and service area. Answered by incident-service at
 * {@link InternalPaths#INCIDENT_CUSTOMER}.
 */
public record CustomerDetails(UUID incidentId, String customerName, List<TeamReference> customerReferences,
		IncidentType incidentType, Instant occurredAt, String serviceArea) {

}
