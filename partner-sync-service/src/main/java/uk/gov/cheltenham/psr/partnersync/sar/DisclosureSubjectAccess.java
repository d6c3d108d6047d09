package uk.gov.cheltenham.psr.partnersync.sar;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessRows;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;

/**
 * An entry's disclosures to CBH (P1, P3: channel, recipient, agreement, the field names
 * sent) and the receipts from CBH that the register linked to the entry (P2). Receipts
 * carry no entry id here, so the register names them.
 */
@Service
public class DisclosureSubjectAccess {

	private final JdbcTemplate jdbc;

	private final AuditTrail auditTrail;

	DisclosureSubjectAccess(JdbcTemplate jdbc, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
	}

	/**
	 * @param entryId the entry whose subject asked
	 * @param receiptIds the partner receipts the register linked to the entry
	 * @param service the calling service, recorded as the recipient
	 */
	@Transactional
	public SubjectAccessPart disclose(UUID entryId, Collection<UUID> receiptIds, String service) {
		Map<String, Map<String, Object>> disclosures = withFields(
				this.jdbc.queryForList("select * from outbound_update where entry_id = ? order by created_at, id",
						entryId),
				"select field_name from outbound_update_field where update_id = ? order by field_order");
		Map<String, Map<String, Object>> receipts = withFields(
				this.jdbc.queryForList(
						"select * from partner_update_receipt where id = any (?) order by received_at, id",
						(Object) receiptIds.toArray(UUID[]::new)),
				"select field_name from partner_update_receipt_field where receipt_id = ? order by field_order");
		Map<String, Map<String, Map<String, Object>>> records = new LinkedHashMap<>();
		records.put("disclosure", disclosures);
		records.put("receipt", receipts);
		SubjectAccessPart part = new SubjectAccessPart("partner-sync-service", entryId, records, List.of());
		this.auditTrail.record(service, "SERVICE", "DISCLOSE", "entry", entryId.toString(), "subject access",
				part.disclosedIds());
		return part;
	}

	private Map<String, Map<String, Object>> withFields(List<Map<String, Object>> rows, String fieldsSql) {
		Map<String, Map<String, Object>> records = SubjectAccessRows.byId(rows, "id");
		records.forEach((id, record) -> record.put("fields",
				this.jdbc.queryForList(fieldsSql, String.class, UUID.fromString(id))));
		return records;
	}

}
