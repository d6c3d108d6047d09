package uk.gov.cheltenham.psr.platform.inbox;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The processed-event rows that make consumers idempotent. */
public class ProcessedEvents {

	private final JdbcTemplate jdbc;

	public ProcessedEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that {@code consumer} handles {@code eventId} now. Must run first in the
	 * handler's transaction: if the handler fails, the row rolls back with it.
	 * @return false when the event was already processed (a redelivery)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstDelivery(String consumer, UUID eventId) {
		return this.jdbc.update("insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing",
				consumer, eventId) == 1;
	}

	public boolean isProcessed(String consumer, UUID eventId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from processed_event where consumer = ? and event_id = ?", Integer.class, consumer,
				eventId);
		return count != null && count > 0;
	}

}
