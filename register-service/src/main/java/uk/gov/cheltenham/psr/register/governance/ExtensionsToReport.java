package uk.gov.cheltenham.psr.register.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/**
 * Restriction periods extended (R3), each reported once to the Governance Group (R10).
 */
@Component
class ExtensionsToReport {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ExtensionsToReport(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(EntryEvents.Extended extended) {
		this.jdbc.update("insert into governance_extension (id, entry_id, extended_on, expires_on) values (?, ?, ?, ?)",
				UUID.randomUUID(), extended.entryId(), LocalDate.now(this.clock), extended.expiresOn());
	}

	/** Extensions on no agenda yet. */
	List<AgendaCandidate> unreported() {
		return this.jdbc.query(
				"""
						select e.id, e.entry_id from governance_extension e
						where not exists (select 1 from governance_agenda_item i where i.kind = 'EXTENSION' and i.subject_id = e.id)
						order by e.extended_on
						""",
				(rs, row) -> new AgendaCandidate(AgendaItemKind.EXTENSION, rs.getObject("entry_id", UUID.class),
						rs.getObject("id", UUID.class)));
	}

	ReportedExtension find(UUID extensionId) {
		return this.jdbc.queryForObject("select extended_on, expires_on from governance_extension where id = ?",
				(rs, row) -> new ReportedExtension(rs.getObject("extended_on", LocalDate.class),
						rs.getObject("expires_on", LocalDate.class)),
				extensionId);
	}

}
