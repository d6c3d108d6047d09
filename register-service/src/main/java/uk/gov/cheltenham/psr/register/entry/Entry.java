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
			registerEvent(new EntryEvents.LetterRequested(this.id, UUID.randomUUID(),
					nowRestricted ? EntryEvents.LetterKind.RESTRICTION : EntryEvents.LetterKind.EXTENSION));
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

	/** The types of the entry's incidents, for plain-English lines (R2, L2). */
	public Set<IncidentType> incidentTypes() {
		return Set.copyOf(this.incidentTypes);
	}

	// ---- end I6, I7, R2 ----

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
