package uk.gov.cheltenham.psr.platform.outbox;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows in id order, a batch at a time: the whole batch is sent
 * before waiting for the broker, and the acknowledged ones are marked published in one
 * statement. A {@link uk.gov.cheltenham.psr.platform.work.PollingWorker} runs it straight
 * after each commit and on every poll (after a restart, or while the broker is away).
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances of a service
 * share the work; the first failure ends the batch so that order per key is kept: that
 * row and every one after it are sent again on the next poll until the broker accepts
 * them.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final String CLAIM = """
			select id, message_id, topic, message_key, message_type, payload, attempts from outbox_message
			where published_at is null order by id limit ? for update skip locked""";

	private static final int WARN_EVERY_ATTEMPTS = 40;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final OutboxSender sender;

	private final int batchSize;

	public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transaction, OutboxSender sender, int batchSize) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.sender = sender;
		this.batchSize = batchSize;
	}

	/**
	 * Publishes until the outbox is empty or a send fails.
	 * @return the number of messages published
	 */
	public int drain() {
		int total = 0;
		while (true) {
			BatchResult result = this.transaction.execute((status) -> publishBatch());
			total += result.published();
			if (result.failed() || result.published() < this.batchSize) {
				return total;
			}
		}
	}

	public long pending() {
		Long count = this.jdbc.queryForObject("select count(*) from outbox_message where published_at is null",
				Long.class);
		return (count != null) ? count : 0;
	}

	private BatchResult publishBatch() {
		List<OutboxMessage> batch = this.jdbc.query(CLAIM,
				(rs, row) -> new OutboxMessage(rs.getLong("id"), rs.getObject("message_id", UUID.class),
						rs.getString("topic"), rs.getString("message_key"), rs.getString("message_type"),
						rs.getBytes("payload"), rs.getInt("attempts")),
				this.batchSize);
		if (batch.isEmpty()) {
			return new BatchResult(0, false);
		}
		OutboxSender.Sent sent = this.sender.sendAll(batch);
		markPublished(batch.subList(0, sent.acknowledged()));
		if (sent.failed()) {
			OutboxMessage message = batch.get(sent.acknowledged());
			String failure = sent.failure().toString();
			this.jdbc.update("update outbox_message set attempts = attempts + 1, last_error = ? where id = ?",
					truncate(failure), message.id());
			if (message.attempts() % WARN_EVERY_ATTEMPTS == 0) {
				// once per outage and then now and again: polls are frequent
				log.warn("Outbox message {} to {} not yet published after {} attempts, will retry: {}",
						message.messageId(), message.topic(), message.attempts() + 1, failure);
			}
			return new BatchResult(sent.acknowledged(), true);
		}
		return new BatchResult(batch.size(), false);
	}

	/** One statement for the batch's acknowledged messages. */
	private void markPublished(List<OutboxMessage> acknowledged) {
		if (acknowledged.isEmpty()) {
			return;
		}
		Long[] ids = acknowledged.stream().map(OutboxMessage::id).toArray(Long[]::new);
		this.jdbc.update((connection) -> {
			PreparedStatement update = connection.prepareStatement(
					"update outbox_message set published_at = now(), attempts = attempts + 1 where id = any(?)");
			update.setArray(1, connection.createArrayOf("bigint", ids));
			return update;
		});
	}

	private static String truncate(String text) {
		return (text.length() <= 1000) ? text : text.substring(0, 1000);
	}

	private record BatchResult(int published, boolean failed) {
	}

}
