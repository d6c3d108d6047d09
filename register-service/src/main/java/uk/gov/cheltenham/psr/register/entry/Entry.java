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

	public Set<UUID> incidentIds() {
		return Set.copyOf(this.incidentIds);
	}

	public List<TeamReference> teamReferences() {
		return List.copyOf(this.teamReferences);
	}

}
