package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A six-monthly review was recorded (R9); the outcome is RETAIN, VARY or REMOVE. */
public record EntryReviewed(UUID eventId, Instant occurredAt, UUID entryId, String outcome,
		LocalDate nextReviewDue) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.REGISTER_EVENTS;
	}

}
