package uk.gov.cheltenham.psr.register.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/**
 * Append-only record of changes to an entry's personal details and cautions (D3): who,
 * when, which fields and why; never the values.
 */
@Component
public class EntryChangeAudit {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public EntryChangeAudit(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void recordChange(UUID entryId, String changedBy, String what, String reason) {
		this.jdbc.update(
				"insert into entry_change_audit (entry_id, changed_by, what, reason, changed_at) values (?, ?, ?, ?, ?)",
				entryId, changedBy, what, reason, java.sql.Timestamp.from(this.clock.instant()));
	}

	public List<Change> changesOf(UUID entryId) {
		return this.jdbc.query(
				"select changed_by, what, reason, changed_at from entry_change_audit where entry_id = ? order by id",
				(rs, row) -> new Change(rs.getString("changed_by"), rs.getString("what"), rs.getString("reason"),
						rs.getTimestamp("changed_at").toInstant()),
				entryId);
	}

	/** The audit of content goes with the purged entry (R12). */
	@EventListener
	void on(EntryEvents.Purged purged) {
		this.jdbc.update("delete from entry_change_audit where entry_id = ?", purged.entryId());
	}

	public record Change(String changedBy, String what, String reason, Instant changedAt) {
	}

}
