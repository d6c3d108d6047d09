package uk.gov.cheltenham.psr.platform.outbox;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.gov.cheltenham.psr.events.Marker;
import uk.gov.cheltenham.psr.events.PsrEvent;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.platform.messaging.EventCodec;

/**
 * The transactional outbox. Called inside the transaction that changes state, so the
 * change and its message commit together or not at all; the {@link OutboxRelay} publishes
 * after commit.
 */
public class Outbox {

	static final String MARKER_TYPE = "Marker";

	static final String MARKER_TOMBSTONE_TYPE = "MarkerRemoved";

	private final JdbcTemplate jdbc;

	private final EventCodec codec;

	private final Runnable afterCommit;

	public Outbox(JdbcTemplate jdbc, EventCodec codec, Runnable afterCommit) {
		this.jdbc = jdbc;
		this.codec = codec;
		this.afterCommit = afterCommit;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(PsrEvent event) {
		append(event.eventId(), event.topic(), event.aggregateId(), event.type(), this.codec.encode(event));
	}

	/** Sets a marker on the compacted marker topic (M1). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void setMarker(Marker marker) {
		append(UUID.randomUUID(), Topics.MARKERS, marker.key(), MARKER_TYPE, this.codec.encode(marker));
	}

	/** Removes a marker without trace: a tombstone that compaction erases (M2). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void removeMarker(Marker marker) {
		append(UUID.randomUUID(), Topics.MARKERS, marker.key(), MARKER_TOMBSTONE_TYPE, null);
	}

	private void append(UUID messageId, String topic, String key, String type, byte[] payload) {
		this.jdbc.update(
				"insert into outbox_message (message_id, topic, message_key, message_type, payload) values (?, ?, ?, ?, ?)",
				messageId, topic, key, type, payload);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.afterCommit.run();
			}
		});
	}

}
