package uk.gov.cheltenham.psr.letters.audit;

import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.platform.audit.AuditActor;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;

/**
 * Records each look at or step taken with a letter in the audit trail (D3), under the
 * entry it was written for, so the list of everyone who saw an entry includes its
 * letters. The actor and role are the caller's; the letter is named by id only.
 */
@Component
public class LetterAudit {

	/** Letters carry the register's facts for one purpose: writing to the customer. */
	private static final String PURPOSE = "letter to the customer";

	private static final String SUBJECT = "entry";

	private final AuditTrail trail;

	LetterAudit(AuditTrail trail) {
		this.trail = trail;
	}

	/** A preview, rendered from the register's facts. */
	public void previewed(UUID letterId, UUID entryId) {
		record("READ_LETTER", letterId, entryId);
	}

	/** The PDF kept since sending, from the letter screen or the print queue. */
	public void pdfRead(UUID letterId, UUID entryId) {
		record("READ_LETTER_PDF", letterId, entryId);
	}

	public void approved(UUID letterId, UUID entryId) {
		record("APPROVE_LETTER", letterId, entryId);
	}

	public void sent(UUID letterId, UUID entryId) {
		record("SEND_LETTER", letterId, entryId);
	}

	public void posted(UUID letterId, UUID entryId) {
		record("POST_LETTER", letterId, entryId);
	}

	private void record(String action, UUID letterId, UUID entryId) {
		AuditActor.current().record(this.trail, action, SUBJECT, entryId.toString(), PURPOSE, "letter=" + letterId);
	}

}
