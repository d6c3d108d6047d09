package uk.gov.cheltenham.psr.register.appeal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/** An entry's appeals, grounds included, go with the purged entry (R12, D5). */
@Component
class AppealPurge {

	private final JdbcTemplate jdbc;

	AppealPurge(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(EntryEvents.Purged purged) {
		this.jdbc.update("delete from appeal where entry_id = ?", purged.entryId());
	}

}
