package uk.gov.cheltenham.psr.register.review;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/**
 * The incidents of an entry already considered, at its opening or its last review; any
 * other incident linked to it is new evidence for the next review (R9, I6, I7).
 */
@Component
class IncidentBaseline {

	private final JdbcTemplate jdbc;

	IncidentBaseline(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The incidents an entry was opened on are the basis, not new evidence. */
	@EventListener
	void on(EntryEvents.Opened opened) {
		considered(opened.entryId(), opened.incidentIds());
	}

	void considered(UUID entryId, Collection<UUID> incidentIds) {
		incidentIds.forEach((incidentId) -> this.jdbc.update("""
				insert into review_incident_baseline (entry_id, incident_id) values (?, ?)
				on conflict do nothing
				""", entryId, incidentId));
	}

	Set<UUID> of(UUID entryId) {
		return Set.copyOf(this.jdbc.queryForList("select incident_id from review_incident_baseline where entry_id = ?",
				UUID.class, entryId));
	}

}
