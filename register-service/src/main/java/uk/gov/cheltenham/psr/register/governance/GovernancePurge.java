package uk.gov.cheltenham.psr.register.governance;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/** A purged entry leaves no agenda item or minute behind (R12, D5). */
@Component
class GovernancePurge {

	private final JdbcTemplate jdbc;

	GovernancePurge(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(EntryEvents.Purged purged) {
		this.jdbc.update("delete from governance_agenda_item where entry_id = ?", purged.entryId());
		this.jdbc.update("delete from governance_extension where entry_id = ?", purged.entryId());
	}

}
