package uk.gov.cheltenham.psr.incident.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.audit.AuditTrail;

/**
 * Writes reads, changes and disclosures of incidents and contact-details updates to the
 * platform's audit trail (D3). The actor and role come from the caller's token; lines
 * name records by id and fields by name, never the personal data itself, so they outlive
 * a purge (R12).
 */
@Component
public class PersonalDataAudit {

	public static final String INCIDENT = "incident";

	public static final String CONTACT_DETAILS_UPDATE = "contact-details-update";

	/** The request header in which a reader may state why they read (R1, D3). */
	public static final String PURPOSE_HEADER = AuditTrail.PURPOSE_HEADER;

	private static final int MAX_PURPOSE_LENGTH = 200;

	private final AuditTrail trail;

	PersonalDataAudit(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * @param detail which part was read (field or record names), or {@code null} for the
	 * whole record
	 */
	public void read(String subjectType, UUID id, String purpose, String detail) {
		this.trail.record("READ", subjectType, id.toString(), purpose, detail);
	}

	/**
	 * Each record shown in a list is a read of it; one transaction for the list, so the
	 * trail's lock is taken once rather than per line.
	 */
	@Transactional
	public void readAll(String subjectType, List<UUID> ids, String purpose, String detail) {
		ids.forEach((id) -> read(subjectType, id, purpose, detail));
	}

	/**
	 * @param action {@code CREATE}, {@code CHANGE} or {@code DELETE}
	 * @param detail what changed, by name or id
	 */
	public void changed(String action, String subjectType, UUID id, String purpose, String detail) {
		this.trail.record(action, subjectType, id.toString(), purpose, detail);
	}

	/** A disclosure to another service, named by its client id. */
	public void disclosed(String service, String subjectType, UUID id, String purpose, String fields) {
		this.trail.record(service, "SERVICE", "DISCLOSE", subjectType, id.toString(), purpose, fields);
	}

	/**
	 * The purpose the reader stated, else what the endpoint is for; bounded, as the trail
	 * keeps it.
	 */
	public static String purpose(String stated, String otherwise) {
		if (stated == null || stated.isBlank()) {
			return otherwise;
		}
		String purpose = stated.strip();
		return (purpose.length() > MAX_PURPOSE_LENGTH) ? purpose.substring(0, MAX_PURPOSE_LENGTH) : purpose;
	}

}
