package uk.gov.cheltenham.psr.register.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.platform.audit.AuditTrail;

import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/**
 * Every read of an entry (R1, D3), twice: in {@code entry_read_audit}, the list the CRO
 * reads and that goes with the entry when it is purged (R12), and in the platform's
 * hash-chained audit trail, which keeps ids and names only and outlives the entry, so a
 * removed or altered read can still be detected.
 */
@Component
public class EntryReadAudit {

	private static final String SUBJECT = "entry";

	private final JdbcTemplate jdbc;

	private final AuditTrail trail;

	public EntryReadAudit(JdbcTemplate jdbc, AuditTrail trail) {
		this.jdbc = jdbc;
		this.trail = trail;
	}

	public void recordRead(UUID entryId, String reader, String role, String purpose) {
		this.jdbc.update("insert into entry_read_audit (entry_id, reader, role, purpose) values (?, ?, ?, ?)", entryId,
				reader, role, purpose);
		this.trail.record(reader, role, "READ", SUBJECT, entryId.toString(), purpose, null);
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
		this.trail.record(reader, role, "DISCLOSE", SUBJECT, entryId.toString(), purpose, String.join(",", fields));
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
