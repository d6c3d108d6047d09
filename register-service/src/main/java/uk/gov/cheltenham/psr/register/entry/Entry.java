package uk.gov.cheltenham.psr.register.entry;

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
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

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

	@Id
	private UUID id;

	@Version
	private long version;

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

	// --- R9, R11: reviews and appeals (see the block of methods below) ---

	private LocalDate lastReviewedOn;

	private boolean appealInProgress;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "entry_incident", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "incident_id")
	private Set<UUID> incidentIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "entry_incident_type", joinColumns = @JoinColumn(name = "entry_id"))
	@Column(name = "incident_type")
	@Enumerated(EnumType.STRING)
	private Set<IncidentType> incidentTypes = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "entry_team_reference", joinColumns = @JoinColumn(name = "entry_id"))
	private List<TeamReference> teamReferences = new ArrayList<>();

	protected Entry() {
		// for JPA
	}

	/**
	 * Opens an entry from a reviewed incident whose outcome was a warning letter or a
	 * register entry (I10): sets the period (R3), the first review (R9), a marker per
	 * team reference (M1) and asks for the letter that tells the customer (R8).
	 */
	public static Entry openFrom(ReviewedIncident incident, LocalDate today) {
		Entry entry = new Entry();
		entry.id = UUID.randomUUID();
		entry.basis = incident.basis();
		entry.status = EntryStatus.ACTIVE;
		entry.openedOn = today;
		entry.incidentIds.add(incident.incidentId());
		entry.incidentTypes.add(incident.incidentType());
		Period period = RestrictionPeriods.periodFor(entry.basis, entry.incidentTypes);
		entry.restrictionPeriod = period.toString();
		entry.expiresOn = today.plus(period);
		entry.reviewDue = RestrictionPeriods.reviewDue(today, entry.expiresOn);
		entry.teamReferences.addAll(incident.customerReferences());
		entry.registerEvent(new EntryEvents.Opened(entry.id, List.copyOf(entry.incidentIds), entry.basis, period,
				entry.expiresOn, entry.reviewDue));
		entry.teamReferences
			.forEach((reference) -> entry.registerEvent(new EntryEvents.MarkerSet(entry.id, reference)));
		entry.registerEvent(
				new EntryEvents.LetterRequested(entry.id, UUID.randomUUID(), (entry.basis == EntryBasis.WARNING_LETTER)
						? EntryEvents.LetterKind.WARNING : EntryEvents.LetterKind.RESTRICTION));
		return entry;
	}

	/** Links a repeat incident or breach as new evidence for the next review (I6, I7). */
	public void linkIncident(UUID incidentId, IncidentType incidentType) {
		if (this.status != EntryStatus.ACTIVE) {
			throw new RuleViolation("I6", "Incidents can only be linked to an active entry");
		}
		this.incidentIds.add(incidentId);
		this.incidentTypes.add(incidentType);
	}

	/**
	 * The CSSM (or the Executive Director) sets another restriction period, counted from
	 * the opening, with a recorded reason (R3). A longer period is an extension the
	 * customer is told about (R8).
	 */
	public void setRestrictionPeriod(Period period, String reason, String decidedBy, LocalDate today) {
		if (this.status != EntryStatus.ACTIVE) {
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
		if (extended) {
			registerEvent(new EntryEvents.Extended(this.id, this.expiresOn, this.reviewDue));
			registerEvent(
					new EntryEvents.LetterRequested(this.id, UUID.randomUUID(), EntryEvents.LetterKind.EXTENSION));
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
		registerEvent(new EntryEvents.LetterRequested(this.id, UUID.randomUUID(), EntryEvents.LetterKind.REMOVAL));
	}

	/** Whether the 6 months after removal have passed and the entry must go (R12). */
	public boolean isPurgeDue(LocalDate today) {
		return this.status == EntryStatus.REMOVED && this.purgeDue != null && !today.isBefore(this.purgeDue);
	}

	/**
	 * Announces the purge of everything personal about this entry (R12, D5); the caller
	 * deletes the entry itself. Only the basis and removal month survive, as counts.
	 */
	public void purge(LocalDate today) {
		if (!isPurgeDue(today)) {
			throw new RuleViolation("R12", "An entry is purged only 6 months after its approved removal");
		}
		registerEvent(new EntryEvents.Purged(this.id, this.basis, removedInMonth()));
	}

	private void withdrawMarkers() {
		this.teamReferences.forEach((reference) -> registerEvent(new EntryEvents.MarkerWithdrawn(this.id, reference)));
	}

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

	LocalDate removedInMonth() {
		return this.removedOn.withDayOfMonth(1);
	}

	public LocalDate purgeDue() {
		return this.purgeDue;
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
