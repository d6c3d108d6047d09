package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every PSR event carries. The type travels in the {@link Topics#TYPE_HEADER} header
 * as the record's simple name; the Kafka key is {@link #aggregateId()} so that events of
 * one aggregate stay in order.
 */
public interface PsrEvent {

	UUID eventId();

	Instant occurredAt();

	String aggregateId();

	/** The topic this event is published on. */
	String topic();

	default String type() {
		return getClass().getSimpleName();
	}

}
