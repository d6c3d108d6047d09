package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The anonymous counts that outlive purged entries (R12): how many were removed per month
 * and basis, nothing that identifies anyone.
 */
@Component
public class PurgedEntryCounts {

	private final JdbcTemplate jdbc;

	public PurgedEntryCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void countPurged(EntryBasis basis, LocalDate removedInMonth) {
		this.jdbc.update("""
				insert into purged_entry_count (removed_in_month, basis, purged) values (?, ?, 1)
				on conflict (removed_in_month, basis) do update set purged = purged_entry_count.purged + 1
				""", removedInMonth, basis.name());
	}

	public int purged(EntryBasis basis, LocalDate removedInMonth) {
		Integer count = this.jdbc.queryForObject(
				"select coalesce(sum(purged), 0) from purged_entry_count where removed_in_month = ? and basis = ?",
				Integer.class, removedInMonth, basis.name());
		return (count != null) ? count : 0;
	}

}
