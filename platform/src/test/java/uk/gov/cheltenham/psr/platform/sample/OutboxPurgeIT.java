package uk.gov.cheltenham.psr.platform.sample;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.platform.outbox.OutboxPurge;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published outbox rows go after the retention; unpublished ones stay. Each test works in
 * a transaction it rolls back, so the relay never sees its rows.
 */
@PsrIntegrationTest
class OutboxPurgeIT {

	private static final Duration WEEK = Duration.ofDays(7);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	OutboxPurge configured;

	private final Instant now = Instant.now();

	@Test
	@DisplayName("rows published before the retention are deleted; recent and unpublished rows stay, however old")
	void deletesOnlyWhatWasPublishedLongAgo() {
		inRolledBackTransaction(() -> {
			String stale = insert(this.now.minus(Duration.ofDays(9)), this.now.minus(Duration.ofDays(8)));
			String recent = insert(this.now.minus(Duration.ofDays(9)), this.now.minus(Duration.ofDays(6)));
			String unpublished = insert(this.now.minus(Duration.ofDays(30)), null);
			OutboxPurge purge = new OutboxPurge(this.jdbc, WEEK, 1000, Clock.systemUTC());
			assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
			assertThat(remaining(stale, recent, unpublished)).containsExactlyInAnyOrder(recent, unpublished);
		});
	}

	@Test
	@DisplayName("a backlog larger than one batch is deleted in several statements, all of it")
	void deletesInBatches() {
		inRolledBackTransaction(() -> {
			String[] keys = new String[5];
			for (int i = 0; i < keys.length; i++) {
				keys[i] = insert(this.now.minus(Duration.ofDays(20)), this.now.minus(Duration.ofDays(19)));
			}
			OutboxPurge purge = new OutboxPurge(this.jdbc, WEEK, 2, Clock.systemUTC());
			assertThat(purge.purge()).isGreaterThanOrEqualTo(keys.length);
			assertThat(remaining(keys)).isEmpty();
		});
	}

	@Test
	@DisplayName("every service gets the purge, with a week's retention by default")
	void configuredForEveryService() {
		inRolledBackTransaction(() -> {
			String sixDaysOld = insert(this.now.minus(Duration.ofDays(6)), this.now.minus(Duration.ofDays(6)));
			String eightDaysOld = insert(this.now.minus(Duration.ofDays(8)), this.now.minus(Duration.ofDays(8)));
			this.configured.purge();
			assertThat(remaining(sixDaysOld, eightDaysOld)).containsExactly(sixDaysOld);
		});
	}

	/** The relay never sees rows inserted here: they are never committed. */
	private void inRolledBackTransaction(Runnable test) {
		this.transaction.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			test.run();
		});
	}

	/**
	 * An outbox row with its own key, created and (if not null) published at these times.
	 */
	private String insert(Instant createdAt, Instant publishedAt) {
		String key = "purge-" + UUID.randomUUID();
		this.jdbc.update(
				"insert into outbox_message (message_id, topic, message_key, message_type, payload, created_at, "
						+ "published_at) values (?, 'psr.test.purge', ?, 'Test', null, ?, ?)",
				UUID.randomUUID(), key, Timestamp.from(createdAt),
				(publishedAt != null) ? Timestamp.from(publishedAt) : null);
		return key;
	}

	private List<String> remaining(String... keys) {
		return this.jdbc.queryForList("select message_key from outbox_message where message_key = any(?)", String.class,
				(Object) keys);
	}

}
