package uk.gov.cheltenham.psr.register.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.register.approval.Approval;
import uk.gov.cheltenham.psr.register.approval.ApprovalState;
import uk.gov.cheltenham.psr.register.approval.Approver;
import uk.gov.cheltenham.psr.register.approval.StandInReason;
import uk.gov.cheltenham.psr.register.notice.NoticeDecision;
import uk.gov.cheltenham.psr.register.notice.NoticeWithholding;
import uk.gov.cheltenham.psr.register.notice.RecheckOutcome;
import uk.gov.cheltenham.psr.register.restriction.ComplaintCheck;
import uk.gov.cheltenham.psr.register.restriction.EqualityOfAccess;
import uk.gov.cheltenham.psr.register.restriction.ReasonableAdjustments;
import uk.gov.cheltenham.psr.register.restriction.Restriction;

/**
 * One entry on the register (R2): the incidents behind it, its restriction period (R3),
 * its review date (R9) and the team references its markers address (M1).
 */
@Entity
@Table(name = "entry")
public class Entry extends AbstractAggregateRoot<Entry> {

	/**
	 * Details of a removed entry are kept this long for background, then purged (R12).
	 */
	public static final Period RETENTION_AFTER_REMOVAL = Period.ofMonths(6);

	/** Who is recorded when withheld notice lapses by itself (R8). */
	static final String LAPSED_BY = "register-housekeeping";

	@Id
	private UUID id;

	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	private EntryBasis basis;

	@Enumerated(EnumType.STRING)
	private EntryStatus status;

	private LocalDate openedOn;

	private String restrictionPeriod;

	private LocalDate expiresOn;

	private LocalDate reviewDue;

	private String periodReason;

	private String periodSetBy;

	private LocalDate removalDecidedOn;

	private LocalDate removedOn;

	private LocalDate purgeDue;

	private String declinedReason;

	private LocalDate declinedOn;

	// --- R9, R11: reviews and appeals (see the block of methods below) ---

	private LocalDate lastReviewedOn;

	private boolean appealInProgress;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "entry_incident", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "incident_id")
	private Set<UUID> incidentIds = new LinkedHashSet<>();

	/** I7: incidents reported as breaches of this entry's restrictions. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "entry_breach_incident", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "incident_id")
	private Set<UUID> breachIncidentIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "entry_incident_type", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "incident_type")
	@Enumerated(EnumType.STRING)
	private Set<IncidentType> incidentTypes = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "entry_team_reference", joinColumns = @JoinColumn(name = "entry_id"))
	private List<TeamReference> teamReferences = new ArrayList<>();

	// ---- R4–R8 state: restrictions and the checks before them, approval, notice ----

	@Enumerated(EnumType.STRING)
	private ApprovalState approvalState = ApprovalState.NOT_REQUIRED;

	@Embedded
	private Approval approval;

	private boolean cssmIsTarget;

	@Embedded
	private ComplaintCheck complaintCheck;

	@Embedded
	private ReasonableAdjustments reasonableAdjustments;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "entry_restriction", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	private List<Restriction> restrictions = new ArrayList<>();

	private String restrictionsAppliedBy;

	private Instant restrictionsAppliedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "entry_restriction_proposed", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	private List<Restriction> proposedRestrictions = new ArrayList<>();

	private String restrictionsProposedBy;

	private Instant restrictionsProposedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "entry_letter", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	private List<EntryLetter> letters = new ArrayList<>();

	@Embedded
	private NoticeWithholding noticeWithholding;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "entry_notice_decision", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	private List<NoticeDecision> noticeDecisions = new ArrayList<>();

	// ---- end of R4–R8 state ----

	protected Entry() {
		// for JPA
	}

	/**
	 * Opens an entry from a reviewed incident whose outcome was a warning letter or a
	 * register entry (I10): sets the period (R3), the first review (R9), a marker per
	 * team reference (M1) and asks for the letter that tells the customer (R8). A case
	 * referred as complex or sensitive waits for approval before it takes effect (R7).
	 */
	public static Entry openFrom(ReviewedIncident incident, LocalDate today) {
		Entry entry = new Entry();
		entry.id = UUID.randomUUID();
		entry.basis = incident.basis();
		entry.status = incident.approvalRequired() ? EntryStatus.AWAITING_APPROVAL : EntryStatus.ACTIVE;
		entry.approvalState = incident.approvalRequired() ? ApprovalState.AWAITING : ApprovalState.NOT_REQUIRED;
		entry.openedOn = today;
		entry.incidentIds.add(incident.incidentId());
		entry.incidentTypes.add(incident.incidentType());
		Period period = RestrictionPeriods.periodFor(entry.basis, entry.incidentTypes);
		entry.restrictionPeriod = period.toString();
		entry.expiresOn = today.plus(period);
		entry.reviewDue = RestrictionPeriods.reviewDue(today, entry.expiresOn);
		entry.teamReferences.addAll(incident.customerReferences());
		entry.registerEvent(new EntryEvents.Opened(entry.id, List.copyOf(entry.incidentIds), entry.basis, period,
				entry.expiresOn, entry.reviewDue, incident.approvalRequired()));
		if (entry.status == EntryStatus.ACTIVE) {
			entry.takeEffect(today);
		}
		return entry;
	}

	/** Markers for the teams (M1) and the letter that tells the customer (R8). */
	private void takeEffect(LocalDate today) {
		this.teamReferences.forEach((reference) -> registerEvent(new EntryEvents.MarkerSet(this.id, reference)));
		requestLetter((this.basis == EntryBasis.WARNING_LETTER) ? EntryEvents.LetterKind.WARNING
				: EntryEvents.LetterKind.RESTRICTION, today);
	}

	/**
	 * Links a repeat incident whose review took no action on it (no further action, or
	 * informal action) as evidence for the next review (I6). It changes neither the
	 * period nor the basis, and its type does not count towards the period (R3). A second
	 * link of the same incident changes nothing.
	 */
	public void linkAsEvidence(UUID incidentId) {
		if (!isInForceOrAwaitingApproval()) {
			throw new RuleViolation("I6", "Incidents can only be linked to an active entry");
		}
		if (this.incidentIds.add(incidentId)) {
			registerEvent(new EntryEvents.IncidentLinked(this.id, incidentId));
		}
	}

	/**
	 * incident-service accepted a report of contact that broke this entry's restrictions
	 * (I7). The incident joins the entry only once reviewed; until then, and after, the
	 * entry knows it as a breach so the evidence pack can say so (R9). Recording it twice
	 * changes nothing.
	 */
	public void recordBreachReport(UUID incidentId) {
		this.breachIncidentIds.add(incidentId);
	}

	/** The linked incidents that were reported as breaches of restrictions (I7). */
	public Set<UUID> linkedBreaches() {
		Set<UUID> linked = new LinkedHashSet<>(this.breachIncidentIds);
		linked.retainAll(this.incidentIds);
		return Set.copyOf(linked);
	}

	/** Links a repeat incident or breach as new evidence for the next review (I6, I7). */
	public void linkIncident(UUID incidentId, IncidentType incidentType) {
		if (!isInForceOrAwaitingApproval()) {
			throw new RuleViolation("I6", "Incidents can only be linked to an active entry");
		}
		this.incidentIds.add(incidentId);
		this.incidentTypes.add(incidentType);
	}

	/**
	 * The CSSM (or the Executive Director) sets another restriction period, counted from
	 * the opening, with a recorded reason (R3). A longer period is an extension the
	 * customer is told about (R8). While a complex case awaits approval the CSSM may
	 * alter its period (§4.5.1); it is then no extension of anything in force.
	 */
	public void setRestrictionPeriod(Period period, String reason, String decidedBy, LocalDate today) {
		if (!isInForceOrAwaitingApproval()) {
			throw new RuleViolation("R3", "Only an active entry's period can be changed; this one is " + this.status);
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("R3", "Another restriction period needs a recorded reason");
		}
		if (period.isNegative() || period.isZero()) {
			throw new RuleViolation("R3", "A restriction period must be positive");
		}
		LocalDate newExpiry = this.openedOn.plus(period);
		if (!newExpiry.isAfter(today)) {
			throw new RuleViolation("R3", "That period would already have expired");
		}
		boolean extended = newExpiry.isAfter(this.expiresOn);
		this.restrictionPeriod = period.toString();
		this.periodReason = reason;
		this.periodSetBy = decidedBy;
		this.expiresOn = newExpiry;
		// a review is still due at most 6 months ahead (R9) and never after expiry
		this.reviewDue = RestrictionPeriods.reviewDue(today, newExpiry).isBefore(this.reviewDue)
				? RestrictionPeriods.reviewDue(today, newExpiry) : this.reviewDue;
		if (extended && this.status == EntryStatus.ACTIVE) {
			registerEvent(new EntryEvents.Extended(this.id, this.expiresOn, this.reviewDue));
			requestLetter(EntryEvents.LetterKind.EXTENSION, today);
		}
	}

	/** Whether the period ran out without a re-decision (R3). */
	public boolean isExpiredOn(LocalDate today) {
		return this.status == EntryStatus.ACTIVE && !today.isBefore(this.expiresOn);
	}

	/**
	 * Nothing stays active past expiry without a recorded re-decision (R3): the entry is
	 * flagged expired and its markers withdrawn (M2).
	 */
	public void expire(LocalDate today) {
		if (!isExpiredOn(today)) {
			throw new RuleViolation("R3", "Only an active entry past its expiry date can expire");
		}
		this.status = EntryStatus.EXPIRED;
		withdrawMarkers();
	}

	/**
	 * Records a decision to remove the entry (R12). It stays in force until the
	 * Governance Group approves the removal (R10).
	 */
	public void decideRemoval(LocalDate today) {
		if (this.status != EntryStatus.ACTIVE) {
			throw new RuleViolation("R12", "Only an active entry can be removed; this one is " + this.status);
		}
		if (this.removalDecidedOn != null) {
			throw new RuleViolation("R12", "A removal of this entry is already awaiting Governance approval");
		}
		this.removalDecidedOn = today;
	}

	/**
	 * The Governance Group approves a recorded removal (R10): the entry is removed, its
	 * markers withdrawn (M2), the customer told (R8), and its details kept for 6 months
	 * before the purge (R12).
	 */
	public void approveRemoval(LocalDate today) {
		if (this.status != EntryStatus.ACTIVE) {
			throw new RuleViolation("R12", "Only an active entry can be removed; this one is " + this.status);
		}
		if (this.removalDecidedOn == null) {
			throw new RuleViolation("R10", "A removal takes effect only after a recorded removal decision is approved");
		}
		this.status = EntryStatus.REMOVED;
		this.removedOn = today;
		this.purgeDue = today.plus(RETENTION_AFTER_REMOVAL);
		withdrawMarkers();
		registerEvent(new EntryEvents.Removed(this.id, this.purgeDue));
		requestLetter(EntryEvents.LetterKind.REMOVAL, today);
	}

	/**
	 * Whether the 6 months after removal, or after a declined approval (R7), have passed
	 * and the entry must go (R12).
	 */
	public boolean isPurgeDue(LocalDate today) {
		return EntryStatus.PURGED_AFTER_RETENTION.contains(this.status) && this.purgeDue != null
				&& !today.isBefore(this.purgeDue);
	}

	/**
	 * Announces the purge of everything personal about this entry (R12, D5); the caller
	 * deletes the entry itself. Only the basis and removal month survive, as counts.
	 */
	public void purge(LocalDate today) {
		if (!isPurgeDue(today)) {
			throw new RuleViolation("R12",
					"An entry is purged only 6 months after its approved removal or its declined approval");
		}
		registerEvent(new EntryEvents.Purged(this.id, this.basis, closedInMonth()));
	}

	private void withdrawMarkers() {
		this.teamReferences.forEach((reference) -> registerEvent(new EntryEvents.MarkerWithdrawn(this.id, reference)));
	}

	// ---- R4–R8 rules: restrictions and the checks before them, approval, notice ----

	/** Records the complaint check that must come before restrictions (R6). */
	public void recordComplaintCheck(ComplaintCheck check) {
		requireInForceOrAwaitingApproval("R6");
		this.complaintCheck = check;
	}

	/**
	 * Records the reasonable-adjustments answer that must come before restrictions (R5).
	 */
	public void recordReasonableAdjustments(ReasonableAdjustments answer) {
		requireInForceOrAwaitingApproval("R5");
		this.reasonableAdjustments = answer;
	}

	/**
	 * Proposes the restrictions that should apply, replacing any earlier proposal (R4).
	 * An empty set proposes lifting them all. Each restriction must be complete (R4) and
	 * the set must leave a route to essential services (R5). Nothing applies until
	 * {@link #applyRestrictions}.
	 */
	public void proposeRestrictions(List<Restriction> proposed, String proposedBy, Instant now) {
		requireInForceOrAwaitingApproval("R4");
		requireAcceptableSet(proposed);
		this.proposedRestrictions.clear();
		this.proposedRestrictions.addAll(proposed);
		this.restrictionsProposedBy = proposedBy;
		this.restrictionsProposedAt = now;
	}

	/**
	 * Puts the proposed restrictions in force. Only on an entry in force, so never on a
	 * complex case before its approval (R7); only once the complaint check (R6) and the
	 * reasonable-adjustments answer (R5) are recorded. A change to restrictions already
	 * in force is told to the customer (R8); the first set is in the letter of inclusion.
	 */
	public void applyRestrictions(String appliedBy, Instant now, LocalDate today) {
		requireInForceForRestrictions();
		if (this.restrictionsProposedBy == null) {
			throw new RuleViolation("R4", "No restrictions are proposed");
		}
		requireChecksBefore(this.proposedRestrictions);
		boolean varied = this.restrictionsAppliedAt != null;
		putInForce(List.copyOf(this.proposedRestrictions), appliedBy, now);
		if (varied) {
			requestLetter(EntryEvents.LetterKind.RESTRICTION, today);
		}
	}

	/**
	 * Whether a decided set of restrictions (a varied appeal or review, R11, R9) could be
	 * put in force now: the same R4 and R5 checks as a proposal and the same R7, R6 and
	 * R5 checks as applying one. Changes nothing.
	 * @throws RuleViolation naming the rule the set or the entry fails
	 */
	public void requireRestrictionsApplicable(List<Restriction> decided) {
		requireAcceptableSet(decided);
		requireInForceForRestrictions();
		requireChecksBefore(decided);
	}

	/**
	 * A varied appeal or review puts this set of restrictions in force (R11, R9), by the
	 * same checks as {@link #proposeRestrictions} and {@link #applyRestrictions}; an
	 * empty set lifts them all. It replaces any pending proposal, and the customer is
	 * told in a restriction letter (R8, L2).
	 */
	public void varyRestrictions(List<Restriction> decided, String decidedBy, Instant now, LocalDate today) {
		requireRestrictionsApplicable(decided);
		putInForce(List.copyOf(decided), decidedBy, now);
		requestLetter(EntryEvents.LetterKind.RESTRICTION, today);
	}

	/** R4, R5: each restriction complete, and a route to essential services left. */
	private void requireAcceptableSet(List<Restriction> set) {
		if (this.basis == EntryBasis.WARNING_LETTER) {
			throw new RuleViolation("R4", "A warning letter comes without restrictions (policy §4.4)");
		}
		set.forEach(Restriction::validated);
		EqualityOfAccess.requireRouteLeft(set);
	}

	/** Restrictions go in force only on an entry in force, never before approval (R7). */
	private void requireInForceForRestrictions() {
		if (this.status == EntryStatus.AWAITING_APPROVAL) {
			throw new RuleViolation("R7", "This complex or sensitive entry takes effect only once the CSSM (or the "
					+ "Executive Director standing in) has approved it");
		}
		if (this.status != EntryStatus.ACTIVE) {
			throw new RuleViolation("R4", "Restrictions apply only to an entry in force; this one is " + this.status);
		}
	}

	/** The complaint check (R6) and the adjustments answer (R5) come first. */
	private void requireChecksBefore(List<Restriction> set) {
		if (!set.isEmpty() && this.complaintCheck == null) {
			throw new RuleViolation("R6", "Record whether the customer has a current formal complaint or has "
					+ "completed the complaints process before restrictions apply");
		}
		if (!set.isEmpty() && this.reasonableAdjustments == null) {
			throw new RuleViolation("R5",
					"Answer the reasonable-adjustments and vulnerability question before " + "restrictions apply");
		}
	}

	/** Replaces the restrictions in force, ends any proposal, and announces the kinds. */
	private void putInForce(List<Restriction> set, String appliedBy, Instant now) {
		this.restrictions.clear();
		this.restrictions.addAll(set);
		this.proposedRestrictions.clear();
		this.restrictionsProposedBy = null;
		this.restrictionsProposedAt = null;
		this.restrictionsAppliedBy = appliedBy;
		this.restrictionsAppliedAt = now;
		registerEvent(
				new EntryEvents.RestrictionsSet(this.id, this.restrictions.stream().map(Restriction::kind).toList(),
						this.restrictions.stream().anyMatch(Restriction::councilWide)));
	}

	/**
	 * Records that the CSSM is the target of the behaviour, so that only the Executive
	 * Director may approve (R7).
	 */
	public void recordCssmIsTarget() {
		if (this.approvalState != ApprovalState.AWAITING) {
			throw new RuleViolation("R7",
					"Only an entry awaiting approval can have its approver changed; this one is " + this.approvalState);
		}
		this.cssmIsTarget = true;
	}

	/**
	 * Approves a complex or sensitive entry (R7): it takes effect now, with markers (M1)
	 * and the letter of inclusion (R8).
	 */
	public void approve(Approver approver, Instant now, LocalDate today) {
		if (this.approvalState == ApprovalState.NOT_REQUIRED) {
			throw new RuleViolation("R7", "This entry was not referred as complex or sensitive: it needs no approval");
		}
		if (this.approvalState == ApprovalState.APPROVED) {
			throw new RuleViolation("R7", "This entry was already approved by the " + this.approval.approverRole());
		}
		if (this.approvalState == ApprovalState.DECLINED) {
			throw new RuleViolation("R7",
					"This entry was declined by the " + this.approval.approverRole() + " and never takes effect");
		}
		approver.requireMayApprove(this.cssmIsTarget);
		if (!this.expiresOn.isAfter(today)) {
			throw new RuleViolation("R3", "The restriction period ran out while awaiting approval; set another first");
		}
		this.approvalState = ApprovalState.APPROVED;
		this.approval = Approval.by(approver, now);
		this.cssmIsTarget = this.cssmIsTarget || approver.standInReason() == StandInReason.CSSM_IS_TARGET;
		this.status = EntryStatus.ACTIVE;
		registerEvent(new EntryEvents.Approved(this.id, approver.role()));
		takeEffect(today);
	}

	/**
	 * The CSSM (or the Executive Director standing in, by the same rules as
	 * {@link #approve}) declines a complex or sensitive entry, with the reason (R7). It
	 * never takes effect: no marker was set and no letter is owed, so nobody is told
	 * anything beyond {@link EntryEvents.Declined}; any withholding of notice ends with
	 * nothing to hold. Its details are kept, like a removed entry's, for 6 months before
	 * the purge (R12).
	 */
	public void decline(Approver approver, String reason, Instant now, LocalDate today) {
		if (this.approvalState == ApprovalState.NOT_REQUIRED) {
			throw new RuleViolation("R7",
					"This entry was not referred as complex or sensitive: there is nothing to decline");
		}
		if (this.approvalState == ApprovalState.APPROVED) {
			throw new RuleViolation("R7", "This entry was already approved by the " + this.approval.approverRole()
					+ " and is in force: remove it instead");
		}
		if (this.approvalState == ApprovalState.DECLINED) {
			throw new RuleViolation("R7", "This entry was already declined by the " + this.approval.approverRole());
		}
		approver.requireMayApprove(this.cssmIsTarget);
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("R7", "Declining an entry needs a recorded reason");
		}
		this.approvalState = ApprovalState.DECLINED;
		this.approval = Approval.by(approver, now);
		this.status = EntryStatus.DECLINED;
		this.declinedReason = reason;
		this.declinedOn = today;
		this.purgeDue = today.plus(RETENTION_AFTER_REMOVAL);
		this.noticeWithholding = null;
		registerEvent(new EntryEvents.Declined(this.id, approver.role(), this.purgeDue));
	}

	/**
	 * Withholds notice from the customer for now, with the reason and a re-check date at
	 * most a month ahead (R8). Letters owed meanwhile are held, not requested; letters
	 * already requested but not known to be sent are held too, and letters-service is
	 * told which ({@link EntryEvents.NoticeWithheld}) so that it stops them.
	 * <p>
	 * A letter already sent stays sent: the customer was told, which no withholding can
	 * undo, so the decision is not refused for it but holds only what is still
	 * outstanding (and whatever is owed later). The entry's letters show which were sent.
	 */
	public void withholdNotice(String reason, LocalDate recheckOn, String decidedBy, LocalDate today) {
		if (this.noticeWithholding != null) {
			throw new RuleViolation("R8", "Notice is already withheld until its re-check on "
					+ this.noticeWithholding.recheckOn() + "; re-check it instead");
		}
		this.noticeWithholding = NoticeWithholding.decide(reason, recheckOn, decidedBy, today);
		this.noticeDecisions.add(new NoticeDecision(NoticeDecision.Kind.WITHHELD, reason, recheckOn, decidedBy, today));
		List<UUID> held = new ArrayList<>();
		for (int i = 0; i < this.letters.size(); i++) {
			EntryLetter letter = this.letters.get(i);
			if (letter.status() == EntryLetter.Status.REQUESTED) {
				this.letters.set(i, letter.heldAfterRequest());
				held.add(letter.requestId());
			}
		}
		registerEvent(new EntryEvents.NoticeWithheld(this.id, List.copyOf(held)));
	}

	/**
	 * letters-service reports the letter answering request {@code requestId} sent (R8);
	 * one held after it went out counts as sent too. A report published before letters
	 * named the request ({@code requestId} null) is matched to the oldest requested
	 * letter of its kind not yet known to be sent. A report matching no such letter
	 * changes nothing (an appeal letter, or one reported twice).
	 */
	public void recordLetterSent(UUID requestId, EntryEvents.LetterKind kind, LocalDate sentOn) {
		for (int i = 0; i < this.letters.size(); i++) {
			EntryLetter letter = this.letters.get(i);
			boolean answered = (requestId != null) ? letter.requestId().equals(requestId) : letter.kind() == kind;
			if (answered && letter.mayBeSending()) {
				this.letters.set(i, letter.sentOn(sentOn));
				return;
			}
		}
	}

	/**
	 * The re-check of withheld notice (R8): either the customer is told now (held letters
	 * are requested) or notice stays withheld, with a fresh reason and re-check date.
	 */
	public void recheckNotice(RecheckOutcome outcome, String reason, LocalDate recheckOn, String decidedBy,
			LocalDate today) {
		if (this.noticeWithholding == null) {
			throw new RuleViolation("R8", "Notice is not withheld: there is nothing to re-check");
		}
		if (outcome == RecheckOutcome.KEEP_WITHHOLDING) {
			this.noticeWithholding = NoticeWithholding.decide(reason, recheckOn, decidedBy, today);
			this.noticeDecisions
				.add(new NoticeDecision(NoticeDecision.Kind.STILL_WITHHELD, reason, recheckOn, decidedBy, today));
			return;
		}
		requestHeldLetters(today);
		this.noticeDecisions.add(new NoticeDecision(NoticeDecision.Kind.INFORMED, reason, null, decidedBy, today));
	}

	/**
	 * Whether withheld notice has reached its re-check date without a re-decision (R8).
	 */
	public boolean isNoticeRecheckOverdue(LocalDate today) {
		return this.noticeWithholding != null && this.noticeWithholding.recheckDueOn(today);
	}

	/**
	 * Withholding lapses when its re-check date passes without a re-decision: the
	 * customer is told (R8).
	 */
	public void lapseNoticeWithholding(LocalDate today) {
		if (!isNoticeRecheckOverdue(today)) {
			throw new RuleViolation("R8", "Only withheld notice past its re-check date lapses");
		}
		requestHeldLetters(today);
		this.noticeDecisions.add(new NoticeDecision(NoticeDecision.Kind.LAPSED,
				"re-check date passed without a re-decision", null, LAPSED_BY, today));
	}

	/**
	 * Every letter owed to the customer goes through here, so withheld notice holds it
	 * (R8).
	 */
	private void requestLetter(EntryEvents.LetterKind kind, LocalDate today) {
		if (this.noticeWithholding != null) {
			this.letters.add(EntryLetter.held(kind, today));
			return;
		}
		EntryLetter letter = EntryLetter.requested(kind, today);
		this.letters.add(letter);
		registerEvent(new EntryEvents.LetterRequested(this.id, letter.requestId(), kind));
	}

	private void requestHeldLetters(LocalDate today) {
		this.noticeWithholding = null;
		for (int i = 0; i < this.letters.size(); i++) {
			EntryLetter letter = this.letters.get(i);
			if (letter.status() == EntryLetter.Status.HELD) {
				this.letters.set(i, letter.requestedOn(today));
				registerEvent(new EntryEvents.LetterRequested(this.id, letter.requestId(), letter.kind()));
			}
		}
	}

	// ---- I6, I7, R2 (links and customer record) ----

	/**
	 * Links a reviewed repeat incident or breach (I6, I7): it joins the entry as evidence
	 * for the next review, new team references get markers (M1), and the period grows
	 * when R3 asks for longer: the longest period of all the entry's incidents counted
	 * from the opening, or the new incident's own period counted from today, whichever
	 * ends later. The customer is told of an extension (R8).
	 */
	public void linkReviewedIncident(ReviewedIncident incident, LocalDate today) {
		linkIncident(incident.incidentId(), incident.incidentType());
		addCustomerReferences(incident.customerReferences());
		boolean nowRestricted = this.basis == EntryBasis.WARNING_LETTER
				&& incident.basis() == EntryBasis.REGISTER_ENTRY;
		if (nowRestricted) {
			this.basis = EntryBasis.REGISTER_ENTRY;
		}
		LocalDate fromOpening = this.openedOn.plus(RestrictionPeriods.periodFor(this.basis, this.incidentTypes));
		LocalDate fromToday = today
			.plus(RestrictionPeriods.periodFor(incident.basis(), List.of(incident.incidentType())));
		LocalDate newExpiry = fromOpening.isAfter(fromToday) ? fromOpening : fromToday;
		if (newExpiry.isAfter(this.expiresOn)) {
			this.restrictionPeriod = Period.between(this.openedOn, newExpiry).toString();
			this.periodReason = "Extended by linked incident " + incident.incidentId() + " (R3)";
			this.periodSetBy = null;
			this.expiresOn = newExpiry;
			registerEvent(new EntryEvents.Extended(this.id, this.expiresOn, this.reviewDue));
			requestLetter(nowRestricted ? EntryEvents.LetterKind.RESTRICTION : EntryEvents.LetterKind.EXTENSION, today);
		}
		registerEvent(new EntryEvents.IncidentLinked(this.id, incident.incidentId()));
	}

	/**
	 * References the teams hold for this customer that the entry lacks get a marker each
	 * (M1); known ones are left alone. Only an active entry sets markers.
	 */
	public void addCustomerReferences(List<TeamReference> references) {
		if (this.status != EntryStatus.ACTIVE) {
			return;
		}
		for (TeamReference reference : references) {
			if (!this.teamReferences.contains(reference)) {
				this.teamReferences.add(reference);
				registerEvent(new EntryEvents.MarkerSet(this.id, reference));
			}
		}
	}

	private boolean isInForceOrAwaitingApproval() {
		return this.status == EntryStatus.ACTIVE || this.status == EntryStatus.AWAITING_APPROVAL;
	}

	private void requireInForceOrAwaitingApproval(String rule) {
		if (!isInForceOrAwaitingApproval()) {
			throw new RuleViolation(rule, "Only an entry in force or awaiting approval; this one is " + this.status);
		}
	}

	public ApprovalState approvalState() {
		return this.approvalState;
	}

	public Approval approval() {
		return this.approval;
	}

	public boolean cssmIsTarget() {
		return this.cssmIsTarget;
	}

	public ComplaintCheck complaintCheck() {
		return this.complaintCheck;
	}

	public ReasonableAdjustments reasonableAdjustments() {
		return this.reasonableAdjustments;
	}

	public List<Restriction> restrictions() {
		return List.copyOf(this.restrictions);
	}

	public String restrictionsAppliedBy() {
		return this.restrictionsAppliedBy;
	}

	public Instant restrictionsAppliedAt() {
		return this.restrictionsAppliedAt;
	}

	public List<Restriction> proposedRestrictions() {
		return List.copyOf(this.proposedRestrictions);
	}

	public String restrictionsProposedBy() {
		return this.restrictionsProposedBy;
	}

	public Instant restrictionsProposedAt() {
		return this.restrictionsProposedAt;
	}

	public NoticeWithholding noticeWithholding() {
		return this.noticeWithholding;
	}

	public List<EntryLetter> letters() {
		return List.copyOf(this.letters);
	}

	public List<NoticeDecision> noticeDecisions() {
		return List.copyOf(this.noticeDecisions);
	}

	// ---- end of R4–R8 rules ----

	/** The types of the entry's incidents, for plain-English lines (R2, L2). */
	public Set<IncidentType> incidentTypes() {
		return Set.copyOf(this.incidentTypes);
	}

	// ---- end I6, I7, R2 ----

	// --- R9, R10, R11: reviews, Governance and appeals ---

	/**
	 * Records that a review took place today and when the next one is due: after today,
	 * at most 6 months ahead and not after expiry (R9).
	 */
	public void scheduleNextReview(LocalDate nextReviewDue, LocalDate today) {
		if (this.status != EntryStatus.ACTIVE) {
			throw new RuleViolation("R9", "Only an active entry is reviewed; this one is " + this.status);
		}
		if (!nextReviewDue.isAfter(today)) {
			throw new RuleViolation("R9", "The next review must be after today");
		}
		if (nextReviewDue.isAfter(today.plus(RestrictionPeriods.REVIEW_INTERVAL))) {
			throw new RuleViolation("R9", "The next review must be at most 6 months ahead, by "
					+ today.plus(RestrictionPeriods.REVIEW_INTERVAL));
		}
		if (nextReviewDue.isAfter(this.expiresOn)) {
			throw new RuleViolation("R9", "The next review must be before the entry expires on " + this.expiresOn);
		}
		this.reviewDue = nextReviewDue;
		this.lastReviewedOn = today;
	}

	/** Whether the review date has passed without a review (R9). */
	public boolean isReviewOverdueOn(LocalDate today) {
		return this.status == EntryStatus.ACTIVE && today.isAfter(this.reviewDue);
	}

	/**
	 * Whether the entry rests on ongoing personal circumstances, so that the raising team
	 * must justify keeping it at each review (R9, policy §4.7).
	 */
	public boolean isBasedOnPersonalCircumstances() {
		return this.incidentTypes.contains(IncidentType.PERSONAL_CIRCUMSTANCES);
	}

	/**
	 * The Governance Group refused a recorded removal: the entry stays in force (R10).
	 */
	public void withdrawRemovalDecision() {
		if (this.status != EntryStatus.ACTIVE || this.removalDecidedOn == null) {
			throw new RuleViolation("R10", "There is no removal of this entry awaiting Governance");
		}
		this.removalDecidedOn = null;
	}

	/**
	 * The customer appealed: the entry and its restrictions stay in force with the note
	 * "appeal in progress" (R11). Only an active entry can be appealed, one appeal at a
	 * time.
	 */
	public void noteAppealInProgress() {
		if (this.status != EntryStatus.ACTIVE) {
			throw new RuleViolation("R11", "Only an active entry can be appealed; this one is " + this.status);
		}
		if (this.appealInProgress) {
			throw new RuleViolation("R11", "An appeal against this entry is already in progress");
		}
		this.appealInProgress = true;
	}

	/** The appeal was decided; the note goes (R11). */
	public void clearAppealInProgress() {
		this.appealInProgress = false;
	}

	public boolean isRemovalAwaitingApproval() {
		return this.status == EntryStatus.ACTIVE && this.removalDecidedOn != null;
	}

	public LocalDate lastReviewedOn() {
		return this.lastReviewedOn;
	}

	public boolean appealInProgress() {
		return this.appealInProgress;
	}

	/** Who last set the restriction period (R3); they may not decide an appeal (R11). */
	public String periodSetBy() {
		return this.periodSetBy;
	}

	// --- end of R9, R10, R11 ---

	/** The events this entry will publish when saved; visible to the domain's tests. */
	List<Object> recordedEvents() {
		return List.copyOf(domainEvents());
	}

	public UUID id() {
		return this.id;
	}

	public EntryBasis basis() {
		return this.basis;
	}

	public EntryStatus status() {
		return this.status;
	}

	public LocalDate openedOn() {
		return this.openedOn;
	}

	public Period restrictionPeriod() {
		return Period.parse(this.restrictionPeriod);
	}

	public LocalDate expiresOn() {
		return this.expiresOn;
	}

	public LocalDate reviewDue() {
		return this.reviewDue;
	}

	public LocalDate removalDecidedOn() {
		return this.removalDecidedOn;
	}

	/** The month the entry was removed, or declined (R7), for the anonymous counts. */
	LocalDate closedInMonth() {
		return ((this.removedOn != null) ? this.removedOn : this.declinedOn).withDayOfMonth(1);
	}

	public LocalDate purgeDue() {
		return this.purgeDue;
	}

	public String declinedReason() {
		return this.declinedReason;
	}

	public LocalDate declinedOn() {
		return this.declinedOn;
	}

	public String periodReason() {
		return this.periodReason;
	}

	public Set<UUID> incidentIds() {
		return Set.copyOf(this.incidentIds);
	}

	public List<TeamReference> teamReferences() {
		return List.copyOf(this.teamReferences);
	}

}
