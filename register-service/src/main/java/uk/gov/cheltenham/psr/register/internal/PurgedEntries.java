package uk.gov.cheltenham.psr.register.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/**
 * The bare ids of purged entries, so a service asking about one learns it is gone for
 * good rather than that it never existed (R12). Nothing else survives the purge.
 */
@Component
public class PurgedEntries {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PurgedEntries(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(EntryEvents.Purged purged) {
		this.jdbc.update("insert into purged_entry (entry_id, purged_on) values (?, ?) on conflict do nothing",
				purged.entryId(), LocalDate.now(this.clock));
	}

	public boolean wasPurged(UUID entryId) {
		Integer count = this.jdbc.queryForObject("select count(*) from purged_entry where entry_id = ?", Integer.class,
				entryId);
		return count != null && count > 0;
	}

}
