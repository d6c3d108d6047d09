package uk.gov.cheltenham.psr.register.customer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.register.entry.IncidentType;

/**
 * The facts incident-service gave about each incident of an entry: type, when and in
 * which service area (R2). No narrative ever reaches the register.
 */
@Component
public class IncidentFacts {

	private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcTemplate jdbc;

	IncidentFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID entryId, FetchedCustomer fetched) {
		this.jdbc.update("""
				insert into entry_incident_detail (entry_id, incident_id, incident_type, occurred_at, service_area)
				values (?, ?, ?, ?, ?)
				on conflict (entry_id, incident_id) do update set incident_type = excluded.incident_type,
				    occurred_at = excluded.occurred_at, service_area = excluded.service_area
				""", entryId, fetched.incidentId(), fetched.incidentType().name(),
				java.sql.Timestamp.from(fetched.occurredAt()), fetched.serviceArea());
	}

	public List<IncidentFact> of(UUID entryId) {
		return this.jdbc.query(
				"select incident_id, incident_type, occurred_at, service_area from entry_incident_detail"
						+ " where entry_id = ? order by occurred_at",
				(rs, row) -> new IncidentFact(rs.getObject("incident_id", UUID.class),
						IncidentType.valueOf(rs.getString("incident_type")), rs.getTimestamp("occurred_at").toInstant(),
						rs.getString("service_area")),
				entryId);
	}

	/** One incident as the register knows it. */
	public record IncidentFact(UUID incidentId, IncidentType incidentType, Instant occurredAt, String serviceArea) {

		/** A plain-English line, e.g. "28 November 2026, Housing: physical assault". */
		public String asLine() {
			String day = DAY.format(this.occurredAt.atZone(COUNCIL_TIME));
			String where = (this.serviceArea != null && !this.serviceArea.isBlank()) ? ", " + this.serviceArea : "";
			return day + where + ": " + describe(this.incidentType);
		}

		/** An incident type in plain English, e.g. "physical assault". */
		public static String describe(IncidentType type) {
			return type.name().toLowerCase(Locale.UK).replace('_', ' ');
		}

	}

}
