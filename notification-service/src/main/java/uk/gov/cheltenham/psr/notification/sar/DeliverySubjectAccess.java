package uk.gov.cheltenham.psr.notification.sar;

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
 * An entry's team notifications and reminders with their deliveries, as they are held.
 */
@Service
public class DeliverySubjectAccess {

	private final JdbcTemplate jdbc;

	private final AuditTrail auditTrail;

	DeliverySubjectAccess(JdbcTemplate jdbc, AuditTrail auditTrail) {
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
	}

	/**
	 * @param entryId the entry whose subject asked
	 * @param service the calling service, recorded as the recipient
	 */
	@Transactional
	public SubjectAccessPart disclose(UUID entryId, String service) {
		Map<String, Map<String, Map<String, Object>>> records = new LinkedHashMap<>();
		records.put("delivery", SubjectAccessRows.byId(this.jdbc.queryForList("""
				select * from notification_delivery
				where entry_id = ? or reminder_id in (select id from reminder where entry_id = ?)
				order by created_at, id""", entryId, entryId), "id"));
		records.put("reminder", SubjectAccessRows.byId(
				this.jdbc.queryForList("select * from reminder where entry_id = ? order by created_at, id", entryId),
				"id"));
		SubjectAccessPart part = new SubjectAccessPart("notification-service", entryId, records, List.of());
		this.auditTrail.record(service, "SERVICE", "DISCLOSE", "entry", entryId.toString(), "subject access",
				part.disclosedIds());
		return part;
	}

}
