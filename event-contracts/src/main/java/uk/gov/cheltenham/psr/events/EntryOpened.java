package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A register entry was opened (R2, R3). {@code restrictionPeriod} is an ISO-8601 period
 * such as {@code P4Y}.
 */
public record EntryOpened(UUID eventId, Instant occurredAt, UUID entryId, List<UUID> incidentIds, ReviewOutcome basis,
		String restrictionPeriod, LocalDate expiresOn, LocalDate reviewDue,
		boolean approvalRequired) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
