package uk.gov.cheltenham.psr.platform.outbox;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes a stuck outbox visible instead of silent: DOWN when the oldest unpublished
 * message has waited longer than {@code maxLag} (the broker is away, or publication
 * fails), with the count and the age as details.
 */
public class OutboxHealthIndicator extends AbstractHealthIndicator {

	private final JdbcTemplate jdbc;

	private final Duration maxLag;

	public OutboxHealthIndicator(JdbcTemplate jdbc, Duration maxLag) {
		super("Outbox health check failed");
		this.jdbc = jdbc;
		this.maxLag = maxLag;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Lag lag = this.jdbc.queryForObject(
				"select count(*) as pending, min(created_at) as oldest from outbox_message where published_at is null",
				(rs, row) -> new Lag(rs.getLong("pending"),
						(rs.getTimestamp("oldest") != null) ? rs.getTimestamp("oldest").toInstant() : null));
		Duration age = (lag.oldest() != null) ? Duration.between(lag.oldest(), Instant.now()) : Duration.ZERO;
		builder.withDetail("pending", lag.pending()).withDetail("oldestPendingSeconds", age.toSeconds());
		if (age.compareTo(this.maxLag) > 0) {
			builder.down().withDetail("reason", "unpublished messages waiting longer than " + this.maxLag);
		}
		else {
			builder.up();
		}
	}

	private record Lag(long pending, Instant oldest) {
	}

}
