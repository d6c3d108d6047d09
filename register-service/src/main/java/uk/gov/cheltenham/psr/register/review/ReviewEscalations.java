package uk.gov.cheltenham.psr.register.review;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which overdue reviews were escalated, once per entry and review date (R9). */
@Component
class ReviewEscalations {

	private final JdbcTemplate jdbc;

	ReviewEscalations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Escalates unless already escalated; says whether it did. */
	boolean escalate(UUID entryId, LocalDate reviewDue, LocalDate today) {
		return this.jdbc.update("""
				insert into review_escalation (entry_id, review_due, escalated_on) values (?, ?, ?)
				on conflict do nothing
				""", entryId, reviewDue, today) == 1;
	}

	Optional<LocalDate> escalatedOn(UUID entryId, LocalDate reviewDue) {
		return this.jdbc
			.queryForList("select escalated_on from review_escalation where entry_id = ? and review_due = ?",
					LocalDate.class, entryId, reviewDue)
			.stream()
			.findFirst();
	}

}
