package uk.gov.cheltenham.psr.register.governance;

import java.util.Optional;

import uk.gov.cheltenham.psr.register.appeal.Appeal;
import uk.gov.cheltenham.psr.register.review.EntryReview;
import uk.gov.cheltenham.psr.register.review.EvidencePack;

/**
 * One agenda item with what the Group needs to see for it (R10): the review and its
 * outcome, the evidence for a review due, the appeal, or the extension.
 */
public record AgendaLine(AgendaItem item, Optional<EntryReview> review, Optional<EvidencePack> evidence,
		Optional<Appeal> appeal, Optional<ReportedExtension> extension) {
}
