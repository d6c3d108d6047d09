package uk.gov.cheltenham.psr.register.sar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessRows;
import uk.gov.cheltenham.psr.register.customer.CustomerRecord;
import uk.gov.cheltenham.psr.register.customer.CustomerRecords;

/**
 * What the register itself holds about an entry's person, in the same form as the other
 * services' parts: the entry with its incidents, restrictions, letters, notices and
 * cautions; the customer record (decrypted) and its fetches; reviews, contacts,
 * justifications, appeals, Governance Group items, CRO tasks; and who read or changed the
 * entry (read audit, change audit, audit trail).
 */
@Component
class RegisterSubjectAccess {

	/** The entry's lists kept by position or alongside it, nested under the entry. */
	private static final Map<String, String> ENTRY_LISTS = entryLists();

	/** Records of their own, by id, for the entry. */
	private static final Map<String, String> RECORDS = records();

	private final JdbcTemplate jdbc;

	private final CustomerRecords customerRecords;

	RegisterSubjectAccess(JdbcTemplate jdbc, CustomerRecords customerRecords) {
		this.jdbc = jdbc;
		this.customerRecords = customerRecords;
	}

	@Transactional(readOnly = true)
	SubjectAccessPart gather(UUID entryId) {
		Map<String, Map<String, Map<String, Object>>> records = new LinkedHashMap<>();
		Map<String, Map<String, Object>> entries = SubjectAccessRows
			.byId(this.jdbc.queryForList("select * from entry where id = ?", entryId), "id");
		entries.values().forEach((entry) -> ENTRY_LISTS.forEach((name, sql) -> entry.put(name, rows(sql, entryId))));
		records.put("entry", entries);
		records.put("customer", customer(entryId));
		RECORDS.forEach((kind, sql) -> records.put(kind, SubjectAccessRows.byId(this.jdbc.queryForList(sql, entryId),
				kind.equals("auditTrail") ? "seq" : "id")));
		return new SubjectAccessPart(PartSource.REGISTER.service(), entryId, records, List.of());
	}

	/** The partner receipts the CRO dealt with for this entry (P2), for partner-sync. */
	@Transactional(readOnly = true)
	List<UUID> partnerReceiptIds(UUID entryId) {
		return this.jdbc.queryForList(
				"select reference_id from cro_task where entry_id = ? and kind = 'PARTNER_UPDATE' and reference_id is not null",
				UUID.class, entryId);
	}

	@Transactional(readOnly = true)
	List<UUID> incidentIds(UUID entryId) {
		return this.jdbc.queryForList("select incident_id from entry_incident where entry_id = ?", UUID.class, entryId);
	}

	private Map<String, Map<String, Object>> customer(UUID entryId) {
		Map<String, Map<String, Object>> customer = new LinkedHashMap<>();
		this.customerRecords.recordOf(entryId).ifPresent((record) -> customer.put(entryId.toString(), fields(record)));
		if (!customer.isEmpty()) {
			customer.get(entryId.toString())
				.put("fetches", rows("select * from customer_fetch where entry_id = ? order by requested_at", entryId));
		}
		return customer;
	}

	private static Map<String, Object> fields(CustomerRecord record) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("customerName", record.customerName());
		fields.put("addressLines", record.addressLines());
		fields.put("email", record.email());
		fields.put("phone", record.phone());
		fields.put("dateOfBirth", (record.dateOfBirth() != null) ? record.dateOfBirth().toString() : null);
		fields.put("fetchedAt", (record.fetchedAt() != null) ? record.fetchedAt().toString() : null);
		fields.put("correctedBy", record.correctedBy());
		fields.put("correctedAt", (record.correctedAt() != null) ? record.correctedAt().toString() : null);
		return fields;
	}

	private List<Map<String, Object>> rows(String sql, UUID entryId) {
		return SubjectAccessRows.list(this.jdbc.queryForList(sql, entryId));
	}

	private static Map<String, String> entryLists() {
		Map<String, String> lists = new LinkedHashMap<>();
		lists.put("incidents", "select incident_id from entry_incident where entry_id = ?");
		lists.put("incidentTypes", "select incident_type from entry_incident_type where entry_id = ?");
		lists.put("incidentDetails", "select * from entry_incident_detail where entry_id = ? order by occurred_at");
		lists.put("teamReferences", "select team, reference from entry_team_reference where entry_id = ?");
		lists.put("restrictions", "select * from entry_restriction where entry_id = ? order by position");
		lists.put("proposedRestrictions",
				"select * from entry_restriction_proposed where entry_id = ? order by position");
		lists.put("letters", "select * from entry_letter where entry_id = ? order by position");
		lists.put("noticeDecisions", "select * from entry_notice_decision where entry_id = ? order by position");
		lists.put("cautions", "select * from entry_caution where entry_id = ? order by position");
		lists.put("reviewBaseline", "select * from review_incident_baseline where entry_id = ?");
		lists.put("reviewEscalations", "select * from review_escalation where entry_id = ?");
		return lists;
	}

	private static Map<String, String> records() {
		Map<String, String> records = new LinkedHashMap<>();
		records.put("review", "select * from entry_review where entry_id = ?");
		records.put("contactNote", "select * from contact_note where entry_id = ?");
		records.put("retentionJustification", "select * from retention_justification where entry_id = ?");
		records.put("appeal", "select * from appeal where entry_id = ?");
		records.put("governanceItem", "select * from governance_agenda_item where entry_id = ?");
		records.put("governanceExtension", "select * from governance_extension where entry_id = ?");
		records.put("task", "select * from cro_task where entry_id = ? order by created_at");
		records.put("changeAudit", "select * from entry_change_audit where entry_id = ? order by id");
		records.put("readAudit", "select * from entry_read_audit where entry_id = ? order by id");
		records.put("auditTrail", "select seq, occurred_at, actor, actor_role, purpose, action, detail from audit_trail"
				+ " where subject_type = 'entry' and subject_id = cast(? as varchar) order by seq");
		return records;
	}

}
