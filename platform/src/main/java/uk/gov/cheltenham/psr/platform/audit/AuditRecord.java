package uk.gov.cheltenham.psr.platform.audit;

import java.time.Instant;

/**
 * One line of the audit trail. No personal data: the subject is named by its id.
 *
 * @param seq position in the trail
 * @param occurredAt when
 * @param actor who (token subject, or the calling service's client id)
 * @param actorRole the role(s) they acted in
 * @param purpose why, as the caller stated it (R1), or {@code null}
 * @param action what was done, e.g. {@code READ}, {@code DISCLOSE}, {@code CHANGE}
 * @param subjectType the kind of record, e.g. {@code entry}
 * @param subjectId the record's id
 * @param detail what else helps the reader, e.g. the field names disclosed
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, String actorRole, String purpose, String action,
		String subjectType, String subjectId, String detail) {

}
