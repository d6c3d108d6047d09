package uk.gov.cheltenham.psr.incident.sar;

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
import uk.gov.cheltenham.psr.incident.report.IncidentColumns;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;
import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;

/**
 * The incidents of one register entry as they are held, with their witness statements,
 * attachments (metadata: type, name, size, checksum; not the files), customer references,
 * people involved and the log of earlier disclosures. An incident belongs to the entry
 * when the register names it or it is linked to the entry.
 */
@Service
public class IncidentSubjectAccess {

	/** The only service that may ask (D2); the platform's matrix enforces it too. */
	public static final String REGISTER_SERVICE = "register-service";

	private static final String PURPOSE = "subject access";

	private final JdbcTemplate jdbc;

	private final AuditTrail auditTrail;

	private final FieldCipher cipher;

	IncidentSubjectAccess(JdbcTemplate jdbc, AuditTrail auditTrail, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
		this.cipher = cipher;
	}

	/**
	 * @param entryId the entry whose subject asked
	 * @param incidentIds the incidents the register has for the entry
	 * @param service the calling service, recorded as the recipient
	 */
	@Transactional
	public SubjectAccessPart disclose(UUID entryId, Collection<UUID> incidentIds, String service) {
		UUID[] ids = incidentIds.toArray(UUID[]::new);
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select * from incident where id = any (?) or linked_entry_id = ? order by reported_at, id", ids,
				entryId);
		Map<String, Map<String, Object>> incidents = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			UUID incidentId = (UUID) row.get("id");
			IncidentColumns.INCIDENT.decrypt(row, this.cipher);
			Map<String, Object> incident = SubjectAccessRows.fields(row);
			incident.put("customerReferences", related(
					"select team, reference from incident_customer_reference where incident_id = ?", incidentId));
			incident.put("involvedPeople",
					related("select person from incident_involved_person where incident_id = ?", incidentId));
			incident.put("witnessStatements",
					related("select * from incident_witness_statement where incident_id = ? order by recorded_at, id",
							incidentId, IncidentColumns.WITNESS_STATEMENTS));
			incident.put("attachments",
					related("select * from incident_attachment where incident_id = ? order by uploaded_at, id",
							incidentId, IncidentColumns.ATTACHMENTS));
			incident.put("disclosures", related(
					"select recipient, purpose, disclosed_at from disclosure_log where incident_id = ? order by disclosed_at",
					incidentId));
			incidents.put(incidentId.toString(), incident);
		}
		SubjectAccessPart part = new SubjectAccessPart("incident-service", entryId, Map.of("incident", incidents),
				List.of());
		this.auditTrail.record(service, "SERVICE", "DISCLOSE", "entry", entryId.toString(), PURPOSE,
				part.disclosedIds());
		return part;
	}

	private List<Map<String, Object>> related(String sql, UUID incidentId) {
		return SubjectAccessRows.list(this.jdbc.queryForList(sql, incidentId));
	}

	/** Rows of a table with encrypted columns, decrypted for the export. */
	private List<Map<String, Object>> related(String sql, UUID incidentId, EncryptedColumns encrypted) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(sql, incidentId);
		rows.forEach((row) -> encrypted.decrypt(row, this.cipher));
		return SubjectAccessRows.list(rows);
	}

}
