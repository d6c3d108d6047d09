package uk.gov.cheltenham.psr.incident.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys of submitted reports, unique per (caller, key). Claiming uses
 * {@code on conflict do nothing}: a concurrent duplicate waits for the first transaction
 * and then sees its row, so it is answered with the first result instead of an error.
 */
@Repository
class SubmissionKeys {

	private final JdbcTemplate jdbc;

	SubmissionKeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns true if this call claimed the key, false if it was already taken. */
	boolean claim(String caller, String key, String fingerprint, UUID incidentId, Instant now) {
		return this.jdbc.update("""
				insert into incident_submission (caller, idempotency_key, fingerprint, incident_id, submitted_at)
				values (?, ?, ?, ?, ?) on conflict (caller, idempotency_key) do nothing
				""", caller, key, fingerprint, incidentId, Timestamp.from(now)) == 1;
	}

	Optional<Submission> find(String caller, String key) {
		return this.jdbc
			.query("select fingerprint, incident_id from incident_submission where caller = ? and idempotency_key = ?",
					(rs, row) -> new Submission(rs.getString(1), rs.getObject(2, UUID.class)), caller, key)
			.stream()
			.findFirst();
	}

	record Submission(String fingerprint, UUID incidentId) {
	}

}
