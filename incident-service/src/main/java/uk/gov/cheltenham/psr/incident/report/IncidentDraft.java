package uk.gov.cheltenham.psr.incident.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** What a representative reports (I1); validated at the web edge, trusted here. */
public record IncidentDraft(String affectedPerson, String reportedOnBehalfOf, Instant occurredAt, String location,
		Channel channel, String serviceArea, IncidentType incidentType, String customerName, String whatHappened,
		List<CustomerReference> customerReferences, Set<String> otherInvolvedPeople, UUID linkedEntryId) {

	public IncidentDraft {
		Objects.requireNonNull(affectedPerson, "affectedPerson");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(incidentType, "incidentType");
		customerReferences = (customerReferences != null) ? List.copyOf(customerReferences) : List.of();
		otherInvolvedPeople = (otherInvolvedPeople != null) ? Set.copyOf(otherInvolvedPeople) : Set.of();
	}

}
