package uk.gov.cheltenham.psr.incident.retention;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.audit.AuditTrail;

/**
 * Deletes for good what this service holds about a purged entry (R12, D5): the incidents
 * linked to it or named when it was opened, with their witness statements, attachments,
 * contacts, customer references, people involved, idempotency keys and disclosure log,
 * and the entry's reported contact details. Counts by incident type, service area and
 * year are kept for statistics. A second purge of the same entry finds nothing and
 * changes nothing.
 */
@Service
public class EntryPurge {

	private static final String PURPOSE = "R12 retention";

	private final JdbcTemplate jdbc;

	private final AuditTrail auditTrail;

	EntryPurge(JdbcTemplate jdbc, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
	}

	/**
	 * @param entryId the purged entry
	 * @return how many incidents were deleted
	 */
	@Transactional
	public int purge(UUID entryId) {
		UUID[] incidents = this.jdbc.queryForList("""
				select id from incident where linked_entry_id = ?
				union select incident_id from register_entry_incident where entry_id = ?
				""", UUID.class, entryId, entryId).toArray(UUID[]::new);
		this.jdbc.update("""
				insert into purged_incident_count (incident_type, service_area, reported_year, incidents)
				select incident_type, coalesce(service_area, ''), extract(year from reported_at)::int, count(*)
				from incident where id = any (?) group by 1, 2, 3
				on conflict (incident_type, service_area, reported_year)
				do update set incidents = purged_incident_count.incidents + excluded.incidents
				""", (Object) incidents);
		for (String sql : List.of(
				"delete from incident_attachment_content where attachment_id in"
						+ " (select id from incident_attachment where incident_id = any (?))",
				"delete from incident_attachment where incident_id = any (?)",
				"delete from incident_witness_statement where incident_id = any (?)",
				"delete from incident_contact where incident_id = any (?)",
				"delete from incident_customer_reference where incident_id = any (?)",
				"delete from incident_involved_person where incident_id = any (?)",
				"delete from incident_submission where incident_id = any (?)",
				"delete from disclosure_log where incident_id = any (?)")) {
			this.jdbc.update(sql, (Object) incidents);
		}
		int deleted = this.jdbc.update("delete from incident where id = any (?)", (Object) incidents);
		this.jdbc.update("delete from disclosure_log where contact_details_update_id in"
				+ " (select id from contact_details_update where entry_id = ?)", entryId);
		int updates = this.jdbc.update("delete from contact_details_update where entry_id = ?", entryId);
		this.jdbc.update("delete from register_entry_incident where entry_id = ?", entryId);
		if (deleted > 0 || updates > 0) {
			this.auditTrail.record("DELETE", "entry", entryId.toString(), PURPOSE,
					"incidents=" + deleted + ",contactDetailsUpdates=" + updates);
		}
		return deleted;
	}

}
