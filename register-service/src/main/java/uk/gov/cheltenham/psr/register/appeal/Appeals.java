package uk.gov.cheltenham.psr.register.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.register.entry.Entries;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.register.restriction.Restriction;

/**
 * Application service of appeals (R11): each command is one transaction changing the
 * appeal and its entry together, with their events.
 */
@Service
public class Appeals {

	private final Register register;

	private final Entries entries;

	private final AppealRecords appeals;

	private final Clock clock;

	Appeals(Register register, Entries entries, AppealRecords appeals, Clock clock) {
		this.register = register;
		this.entries = entries;
		this.appeals = appeals;
		this.clock = clock;
	}

	@Transactional
	public Appeal lodge(UUID entryId, LocalDate receivedOn, String grounds, boolean cssmTargetOrAbsent,
			String originalDecisionBy, String lodgedBy) {
		Entry entry = this.register.find(entryId);
		Appeal appeal = Appeal.lodge(entry, receivedOn, grounds, cssmTargetOrAbsent, originalDecisionBy, lodgedBy,
				today());
		this.entries.save(entry);
		return this.appeals.save(appeal);
	}

	/**
	 * Decides the appeal. A decider who saw an older version of it (someone else decided
	 * meanwhile) is refused as a crossing change, and nothing is saved.
	 */
	@Transactional
	public Appeal decide(UUID appealId, Long seenVersion, AppealDecision decision, String reasons, String variation,
			Period newPeriod, List<Restriction> newRestrictions, String deciderId, Set<String> deciderRoles) {
		Appeal appeal = find(appealId);
		if (seenVersion != null && seenVersion != appeal.version()) {
			throw new OptimisticLockingFailureException("Appeal " + appealId + " changed since it was read");
		}
		Entry entry = this.register.find(appeal.entryId());
		appeal.decide(entry, decision, reasons, variation, newPeriod, newRestrictions, deciderId, deciderRoles,
				this.clock.instant(), today());
		this.entries.save(entry);
		return this.appeals.save(appeal);
	}

	@Transactional
	public Appeal referToLgsco(UUID appealId, LocalDate complaintOn, String reference) {
		Appeal appeal = find(appealId);
		appeal.referToLgsco(complaintOn, reference, today());
		return this.appeals.save(appeal);
	}

	@Transactional
	public Appeal recordLgscoOutcome(UUID appealId, LgscoOutcome outcome, LocalDate outcomeOn, String summary) {
		Appeal appeal = find(appealId);
		appeal.recordLgscoOutcome(outcome, outcomeOn, summary, today());
		return this.appeals.save(appeal);
	}

	@Transactional(readOnly = true)
	public Appeal find(UUID appealId) {
		return this.appeals.findById(appealId).orElseThrow(() -> new NotFound("Appeal " + appealId));
	}

	@Transactional(readOnly = true)
	public List<Appeal> appealsOf(UUID entryId) {
		this.register.find(entryId);
		return this.appeals.findByEntryIdOrderByLodgedOnAsc(entryId);
	}

	/** Appeals waiting for a decision, the oldest first (M4, R10 agenda). */
	@Transactional(readOnly = true)
	public List<Appeal> inProgress() {
		return this.appeals.findByStatusOrderByReceivedOnAsc(AppealStatus.LODGED);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
