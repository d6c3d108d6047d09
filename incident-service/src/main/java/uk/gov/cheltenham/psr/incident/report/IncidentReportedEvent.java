package uk.gov.cheltenham.psr.incident.report;

import java.time.Instant;
import java.util.UUID;

/**
 * Domain event: a report was accepted. Mapped to the published contract in messaging/.
 */
public record IncidentReportedEvent(UUID incidentId, Instant reportedAt, IncidentType incidentType, String serviceArea,
		boolean thirdPartyReport, UUID linkedEntryId, boolean breachOfRestrictions) {
}
