package uk.gov.cheltenham.psr.platform.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.platform.work.PollingWorker;

/**
 * Deletes outbox rows published longer ago than the retention: nothing reads a published
 * row again (the relay and the health check look at unpublished ones only), so without
 * this the table, and each vacuum of it, grows with every message a service has ever
 * sent. Unpublished rows are never deleted, however old. Deletes go in small batches,
 * each its own statement, so the relay's claims never wait long behind them.
 */
public class OutboxPurge {

	private static final String DELETE_BATCH = """
			delete from outbox_message where id in (
			  select id from outbox_message where published_at < ? order by id limit ?)""";

	private final JdbcTemplate jdbc;

	private final Duration retention;

	private final int batchSize;

	private final Clock clock;

	public OutboxPurge(JdbcTemplate jdbc, Duration retention, int batchSize, Clock clock) {
		if (retention.isNegative()) {
			throw new IllegalArgumentException("psr.outbox.retention must not be negative");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("psr.outbox.purge-batch-size must be at least 1");
		}
		this.jdbc = jdbc;
		this.retention = retention;
		this.batchSize = batchSize;
		this.clock = clock;
	}

	/**
	 * Deletes every row published before now minus the retention, batch by batch.
	 * @return how many rows were deleted
	 */
	public int purge() {
		Timestamp cutoff = Timestamp.from(Instant.now(this.clock).minus(this.retention));
		int total = 0;
		int deleted;
		do {
			deleted = this.jdbc.update(DELETE_BATCH, cutoff, this.batchSize);
			total += deleted;
		}
		while (deleted == this.batchSize && !PollingWorker.stopRequested());
		return total;
	}

}
