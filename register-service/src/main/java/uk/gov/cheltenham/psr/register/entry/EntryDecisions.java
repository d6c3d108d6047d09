package uk.gov.cheltenham.psr.register.entry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.register.approval.Approver;
import uk.gov.cheltenham.psr.register.notice.RecheckOutcome;
import uk.gov.cheltenham.psr.register.restriction.ComplaintCheck;
import uk.gov.cheltenham.psr.register.restriction.ComplaintStatus;
import uk.gov.cheltenham.psr.register.restriction.ReasonableAdjustments;
import uk.gov.cheltenham.psr.register.restriction.Restriction;

/**
 * The decisions about an entry made by the people who run the register: restrictions and
 * the checks before them (R4–R6), approval (R7) and notice (R8). Each command is one
 * transaction with its events.
 */
@Service
public class EntryDecisions {

	private final Entries entries;

	private final Clock clock;

	public EntryDecisions(Entries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional
	public Entry recordComplaintCheck(UUID entryId, ComplaintStatus status, String consideration, String checkedBy) {
		ComplaintCheck check = ComplaintCheck.record(status, consideration, checkedBy, now());
		return change(entryId, (entry) -> entry.recordComplaintCheck(check));
	}

	@Transactional
	public Entry recordReasonableAdjustments(UUID entryId, boolean needsIdentified, String adjustments,
			String assessedBy) {
		ReasonableAdjustments answer = ReasonableAdjustments.record(needsIdentified, adjustments, assessedBy, now());
		return change(entryId, (entry) -> entry.recordReasonableAdjustments(answer));
	}

	@Transactional
	public Entry proposeRestrictions(UUID entryId, List<Restriction> restrictions, String proposedBy) {
		return change(entryId, (entry) -> entry.proposeRestrictions(restrictions, proposedBy, now()));
	}

	@Transactional
	public Entry applyRestrictions(UUID entryId, String appliedBy) {
		return change(entryId, (entry) -> entry.applyRestrictions(appliedBy, now(), today()));
	}

	@Transactional
	public Entry recordCssmIsTarget(UUID entryId) {
		return change(entryId, Entry::recordCssmIsTarget);
	}

	@Transactional
	public Entry approve(UUID entryId, Approver approver) {
		return change(entryId, (entry) -> entry.approve(approver, now(), today()));
	}

	@Transactional
	public Entry decline(UUID entryId, Approver approver, String reason) {
		return change(entryId, (entry) -> entry.decline(approver, reason, now(), today()));
	}

	@Transactional
	public Entry withholdNotice(UUID entryId, String reason, LocalDate recheckOn, String decidedBy) {
		return change(entryId, (entry) -> entry.withholdNotice(reason, recheckOn, decidedBy, today()));
	}

	@Transactional
	public Entry recheckNotice(UUID entryId, RecheckOutcome outcome, String reason, LocalDate recheckOn,
			String decidedBy) {
		return change(entryId, (entry) -> entry.recheckNotice(outcome, reason, recheckOn, decidedBy, today()));
	}

	/** Complex or sensitive entries waiting for the CSSM, by review date (R7). */
	@Transactional(readOnly = true)
	public List<Entry> awaitingApproval() {
		return this.entries.findByStatusOrderByReviewDueAsc(EntryStatus.AWAITING_APPROVAL);
	}

	private Entry change(UUID entryId, Consumer<Entry> decision) {
		Entry entry = this.entries.findById(entryId).orElseThrow(() -> new NotFound("Entry " + entryId));
		decision.accept(entry);
		return this.entries.save(entry);
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
