package uk.gov.cheltenham.psr.register.review;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/** Everything about an entry's reviews goes with the purged entry (R12, D5). */
@Component
class ReviewPurge {

	private static final String[] TABLES = { "entry_review", "review_incident_baseline", "contact_note",
			"retention_justification", "review_escalation" };

	private final JdbcTemplate jdbc;

	ReviewPurge(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(EntryEvents.Purged purged) {
		for (String table : TABLES) {
			this.jdbc.update("delete from " + table + " where entry_id = ?", purged.entryId());
		}
	}

}
