package uk.gov.cheltenham.psr.incident.entry;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register entries this service has heard of and their standing. Writes are upserts
 * keyed by the entry id, so a redelivered or late event changes nothing it should not.
 */
@Repository
public class RegisterEntries {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RegisterEntries(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * An entry was opened: reports may now be linked to it; the incidents it was opened
	 * on are remembered, to be deleted with it (R12).
	 */
	public void opened(UUID entryId, List<UUID> incidentIds) {
		this.jdbc.update("""
				insert into register_entry (entry_id, standing, changed_at) values (?, 'ON_REGISTER', ?)
				on conflict (entry_id) do nothing
				""", entryId, now());
		for (UUID incidentId : incidentIds) {
			this.jdbc.update("""
					insert into register_entry_incident (entry_id, incident_id) values (?, ?)
					on conflict do nothing
					""", entryId, incidentId);
		}
	}

	/** An entry was removed (R12) or purged (D5): no new report may be linked to it. */
	public void leftRegister(UUID entryId, Standing standing) {
		this.jdbc.update("""
				insert into register_entry (entry_id, standing, changed_at) values (?, ?, ?)
				on conflict (entry_id) do update set standing = excluded.standing, changed_at = excluded.changed_at
				""", entryId, standing.name(), now());
	}

	public boolean isOnRegister(UUID entryId) {
		Integer found = this.jdbc.queryForObject(
				"select count(*) from register_entry where entry_id = ? and standing = 'ON_REGISTER'", Integer.class,
				entryId);
		return found != null && found > 0;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	/** Why an entry is no longer on the register. */
	public enum Standing {

		REMOVED, PURGED

	}

}
