package uk.gov.cheltenham.psr.register.check;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.register.audit.EntryChangeAudit;
import uk.gov.cheltenham.psr.register.entry.EntryEvents;
import uk.gov.cheltenham.psr.register.entry.Register;

/**
 * The cautions and advice for staff of each entry (R2), e.g. "visit in pairs": what the
 * councillor check (R13) and a briefing note (R14) may tell.
 */
@Component
public class StaffCautions {

	private final JdbcTemplate jdbc;

	private final Register register;

	private final EntryChangeAudit changes;

	StaffCautions(JdbcTemplate jdbc, Register register, EntryChangeAudit changes) {
		this.jdbc = jdbc;
		this.register = register;
		this.changes = changes;
	}

	/** The CRO sets the entry's cautions (replacing the previous ones); audited (D3). */
	@Transactional
	public List<String> set(UUID entryId, List<String> cautions, String by, String reason) {
		this.register.find(entryId);
		this.jdbc.update("delete from entry_caution where entry_id = ?", entryId);
		List<String> kept = cautions.stream().map(String::strip).filter((caution) -> !caution.isEmpty()).toList();
		for (int position = 0; position < kept.size(); position++) {
			this.jdbc.update("insert into entry_caution (entry_id, position, caution) values (?, ?, ?)", entryId,
					position, kept.get(position));
		}
		this.changes.recordChange(entryId, by, "cautions", reason);
		return kept;
	}

	@Transactional(readOnly = true)
	public List<String> of(UUID entryId) {
		return this.jdbc.queryForList("select caution from entry_caution where entry_id = ? order by position",
				String.class, entryId);
	}

	/** Cautions go with the purged entry (R12). */
	@EventListener
	void on(EntryEvents.Purged purged) {
		this.jdbc.update("delete from entry_caution where entry_id = ?", purged.entryId());
	}

}
