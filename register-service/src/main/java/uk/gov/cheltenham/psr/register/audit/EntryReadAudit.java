package uk.gov.cheltenham.psr.register.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/** Append-only record of every read of an entry (R1, D3). */
@Component
public class EntryReadAudit {

	private final JdbcTemplate jdbc;

	public EntryReadAudit(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void recordRead(UUID entryId, String reader, String role, String purpose) {
		this.jdbc.update("insert into entry_read_audit (entry_id, reader, role, purpose) values (?, ?, ?, ?)", entryId,
				reader, role, purpose);
	}

	// ---- R1, D3 (disclosures to other services and checks) ----

	/**
	 * A disclosure of some of an entry's fields: to another service (letters, partner
	 * sharing) or as precautions (R13, R14).
	 */
	public void recordDisclosure(UUID entryId, String reader, String role, String purpose, List<String> fields) {
		this.jdbc.update(
				"insert into entry_read_audit (entry_id, reader, role, purpose, fields) values (?, ?, ?, ?, ?)",
				entryId, reader, role, purpose, String.join(",", fields));
	}

	// ---- end R1, D3 ----

	/** The audit of content goes with the purged entry (R12). */
	@EventListener
	void on(EntryEvents.Purged purged) {
		this.jdbc.update("delete from entry_read_audit where entry_id = ?", purged.entryId());
	}

	public List<Read> readsOf(UUID entryId) {
		return this.jdbc.query(
				"select reader, role, purpose, read_at, fields from entry_read_audit where entry_id = ? order by id",
				(rs, row) -> new Read(rs.getString("reader"), rs.getString("role"), rs.getString("purpose"),
						rs.getTimestamp("read_at").toInstant(), rs.getString("fields")),
				entryId);
	}

	/** One read; {@code fields} lists what a disclosure carried, null for a full read. */
	public record Read(String reader, String role, String purpose, Instant readAt, String fields) {
	}

}
