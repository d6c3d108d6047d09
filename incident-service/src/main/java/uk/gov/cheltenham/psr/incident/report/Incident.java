package uk.gov.cheltenham.psr.incident.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.gov.cheltenham.psr.incident.review.ReviewDeadline;
import uk.gov.cheltenham.psr.incident.review.ReviewDecision;
import uk.gov.cheltenham.psr.incident.review.ReviewOutcome;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * One incident report (I1) and its review (I9, I10). The report is accepted whole or not
 * at all; the review is refused to anyone who was involved and to outcomes the policy
 * does not allow.
 */
@Entity
@Table(name = "incident")
public class Incident extends AbstractAggregateRoot<Incident> {

	@Id
	private UUID id;

	@Version
	private Long version;

	private String reportedBy;

	private String reportedOnBehalfOf;

	private String affectedPerson;

	private Instant occurredAt;

	private Instant reportedAt;

	@Convert(converter = IncidentColumns.Location.class)
	private String location;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String serviceArea;

	@Enumerated(EnumType.STRING)
	private IncidentType incidentType;

	@Convert(converter = IncidentColumns.CustomerName.class)
	private String customerName;

	@Convert(converter = IncidentColumns.WhatHappened.class)
	private String whatHappened;

	/** The entry of a customer already on the register (I6, I7). */
	private UUID linkedEntryId;

	/** Which of the entry's restrictions the customer broke (I7); null if no breach. */
	@Convert(converter = IncidentColumns.BreachedRestriction.class)
	private String breachedRestriction;

	/** Present only for a report from the police or another agency (I4). */
	@Embedded
	private ThirdPartyReport thirdParty;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "incident_customer_reference", joinColumns = @JoinColumn(name = "incident_id"))
	private List<CustomerReference> customerReferences = new ArrayList<>();

	/**
	 * Staff identities involved: reporter, affected person, witnesses, dealing officer
	 * (I9).
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "incident_involved_person", joinColumns = @JoinColumn(name = "incident_id"))
	@Column(name = "person")
	private Set<String> involvedPeople = new LinkedHashSet<>();

	/**
	 * I5: the contacts a persistent-contact report covers; fetched by a second query, so
	 * hundreds of lines never multiply the rows of the other collections.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "incident_contact", joinColumns = @JoinColumn(name = "incident_id"))
	@OrderColumn(name = "position")
	@Fetch(FetchMode.SUBSELECT)
	private List<PersistentContact> contacts = new ArrayList<>();

	/** I2: loaded only when evidence is added or read. */
	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "incident_id", nullable = false, updatable = false)
	@OrderBy("recordedAt")
	private List<WitnessStatement> witnessStatements = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private IncidentStatus status;

	@Enumerated(EnumType.STRING)
	private ReviewOutcome reviewOutcome;

	private String reviewedBy;

	private Instant reviewedAt;

	@Convert(converter = IncidentColumns.WarningBypassReason.class)
	private String warningBypassReason;

	private boolean supportOffered;

	private boolean policeInformed;

	private boolean cctvRequested;

	protected Incident() {
		// for JPA
	}

	private Incident(IncidentDraft draft, String reportedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.reportedBy = reportedBy;
		this.reportedOnBehalfOf = draft.reportedOnBehalfOf();
		this.affectedPerson = draft.affectedPerson();
		// the database keeps microseconds: the first answer must equal every later read
		this.occurredAt = draft.occurredAt().truncatedTo(ChronoUnit.MICROS);
		this.reportedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.location = draft.location();
		this.channel = draft.channel();
		this.serviceArea = draft.serviceArea();
		this.incidentType = draft.incidentType();
		this.customerName = draft.customerName();
		this.whatHappened = draft.whatHappened();
		this.linkedEntryId = draft.linkedEntryId();
		this.breachedRestriction = draft.breachedRestriction();
		this.thirdParty = draft.thirdParty();
		this.contacts.addAll(draft.contacts());
		this.customerReferences.addAll(draft.customerReferences());
		this.involvedPeople.add(reportedBy);
		this.involvedPeople.add(draft.affectedPerson());
		if (draft.reportedOnBehalfOf() != null) {
			this.involvedPeople.add(draft.reportedOnBehalfOf());
		}
		this.involvedPeople.addAll(draft.otherInvolvedPeople());
		// an officer the customer kept contacting dealt with the customer (I9)
		draft.contacts().forEach((contact) -> this.involvedPeople.add(contact.officerContacted()));
		this.status = IncidentStatus.AWAITING_REVIEW;
	}

	/**
	 * Accepts a report submitted by {@code reportedBy}, possibly on behalf of a colleague
	 * (I1, I3, I4), covering many contacts (I5), or linked to the entry of a customer
	 * already on the register as a repeat incident or a breach of its restrictions (I6,
	 * I7).
	 * @param onRegister whether an entry is on the register now (neither removed nor
	 * purged)
	 * @throws RuleViolation if the report breaks one of those rules; nothing is kept
	 */
	public static Incident report(IncidentDraft draft, String reportedBy, Instant now, Predicate<UUID> onRegister) {
		if (draft.occurredAt().isAfter(now)) {
			throw new RuleViolation("I1", "An incident cannot have happened in the future");
		}
		checkContacts(draft, LocalDate.ofInstant(now, ReviewDeadline.COUNCIL_ZONE));
		if (draft.isBreachOfRestrictions() && draft.linkedEntryId() == null) {
			throw new RuleViolation("I7",
					"A breach of restrictions is reported against the customer's register entry (linkedEntryId)");
		}
		if (draft.linkedEntryId() != null && !onRegister.test(draft.linkedEntryId())) {
			throw new RuleViolation("I6", "The linked entry (linkedEntryId) is not on the register: it is unknown, "
					+ "removed or not yet recorded here; report a new incident without the link");
		}
		ThirdPartyReport thirdParty = draft.thirdParty();
		if (thirdParty != null && thirdParty.agency().suppliesCriminalOffenceData()
				&& (thirdParty.lawfulCondition() == null || thirdParty.lawfulCondition().isBlank())) {
			throw new RuleViolation("I4",
					"A police report is criminal-offence data: record the lawful condition relied on (thirdParty.lawfulCondition)");
		}
		Incident incident = new Incident(draft, reportedBy, now);
		incident.registerEvent(
				new IncidentReportedEvent(incident.id, incident.reportedAt, incident.incidentType, incident.serviceArea,
						incident.isThirdPartyReport(), incident.linkedEntryId, incident.breachedRestriction != null));
		return incident;
	}

	/**
	 * I5: contacts belong to a persistent-contact report, none lies in the future and
	 * each day, channel and officer is listed once with its count.
	 */
	private static void checkContacts(IncidentDraft draft, LocalDate today) {
		List<PersistentContact> contacts = draft.contacts();
		if (contacts.isEmpty()) {
			return;
		}
		if (draft.incidentType() != IncidentType.UNREASONABLY_PERSISTENT_CONTACT) {
			throw new RuleViolation("I5", "A list of contacts belongs to a report of unreasonably persistent contact");
		}
		for (int i = 0; i < contacts.size(); i++) {
			PersistentContact contact = contacts.get(i);
			if (contact.date().isAfter(today)) {
				throw new RuleViolation("I5", "contacts[" + i + "].date lies in the future");
			}
			for (int j = 0; j < i; j++) {
				if (contact.sameOccasionAs(contacts.get(j))) {
					throw new RuleViolation("I5", "contacts[" + i + "] repeats contacts[" + j
							+ "] (same date, channel and officer): give one line with the count");
				}
			}
		}
	}

	/**
	 * Records an uninvolved manager's review (I9, I10). A repeat incident or breach whose
	 * entry has left the register since the report is reviewed, and published, as a new
	 * incident: there is no entry left to add it to (I6).
	 * @param onRegister whether an entry is on the register now
	 * @throws RuleViolation if the reviewer was involved, the incident was already
	 * reviewed, or the warning stage is bypassed without violence or a serious threat and
	 * a reason
	 */
	public void review(String reviewer, ReviewDecision decision, Instant now, Predicate<UUID> onRegister) {
		if (this.status == IncidentStatus.REVIEWED) {
			throw new RuleViolation("I9", "This incident has already been reviewed");
		}
		if (wasInvolved(reviewer)) {
			throw new RuleViolation("I9", "A reviewer must not have been involved in the incident");
		}
		UUID entryStillLinked = (this.linkedEntryId != null && onRegister.test(this.linkedEntryId)) ? this.linkedEntryId
				: null;
		boolean bypassesWarning = decision.bypassesWarning() && entryStillLinked == null;
		if (bypassesWarning && !this.incidentType.allowsBypassingWarning()) {
			throw new RuleViolation("I10",
					"Only violence or a serious threat may go straight to a register entry; send a warning letter first");
		}
		if (bypassesWarning && (decision.warningBypassReason() == null || decision.warningBypassReason().isBlank())) {
			throw new RuleViolation("I10", "Skipping the warning stage needs a recorded reason");
		}
		this.status = IncidentStatus.REVIEWED;
		this.reviewOutcome = decision.outcome();
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
		this.warningBypassReason = decision.warningBypassReason();
		this.supportOffered = decision.supportOffered();
		this.policeInformed = decision.policeInformed();
		this.cctvRequested = decision.cctvRequested();
		registerEvent(new IncidentReviewedEvent(this.id, now, this.reviewOutcome, this.incidentType, bypassesWarning,
				List.copyOf(this.customerReferences), entryStillLinked));
	}

	/**
	 * Adds a witness statement (I2); the witness becomes involved, so may not review
	 * (I9).
	 * @throws RuleViolation once the incident has been reviewed: its reviewer was checked
	 * against the people involved then, so later evidence goes with a new report
	 */
	public WitnessStatement addWitnessStatement(String witness, String statement, String recordedBy, Instant now) {
		if (this.status == IncidentStatus.REVIEWED) {
			throw new RuleViolation("I9",
					"This incident has already been reviewed; report further evidence as a new incident");
		}
		WitnessStatement witnessStatement = new WitnessStatement(witness, statement, recordedBy, now);
		this.witnessStatements.add(witnessStatement);
		this.involvedPeople.add(witness);
		return witnessStatement;
	}

	/** I2: the statements in the order recorded; call inside a transaction. */
	public List<WitnessStatement> witnessStatements() {
		return List.copyOf(this.witnessStatements);
	}

	public boolean wasInvolved(String person) {
		return this.involvedPeople.contains(person);
	}

	public boolean wasReportedBy(String person) {
		return this.reportedBy.equals(person) || person.equals(this.reportedOnBehalfOf);
	}

	/**
	 * Who may see the report and handle its evidence (D2): a manager, the reporter and
	 * the colleague reported for (I3); nobody else.
	 */
	public boolean isOpenTo(String person, boolean manager) {
		return manager || wasReportedBy(person);
	}

	public UUID linkedEntryId() {
		return this.linkedEntryId;
	}

	/**
	 * Which restriction the customer broke, for a breach (I7); {@code null} otherwise.
	 */
	public String breachedRestriction() {
		return this.breachedRestriction;
	}

	/** The contacts a persistent-contact report covers (I5), in the order reported. */
	public List<PersistentContact> contacts() {
		return List.copyOf(this.contacts);
	}

	/** I5: how many contacts the report covers in all. */
	public int totalContacts() {
		return this.contacts.stream().mapToInt(PersistentContact::count).sum();
	}

	public boolean isThirdPartyReport() {
		return this.thirdParty != null;
	}

	public ThirdPartyReport thirdParty() {
		return this.thirdParty;
	}

	/** The colleague who could not submit and asked the submitter to (I3), if any. */
	public String reportedOnBehalfOf() {
		return this.reportedOnBehalfOf;
	}

	/** Events raised but not yet published; for tests of the aggregate. */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	public UUID id() {
		return this.id;
	}

	public IncidentStatus status() {
		return this.status;
	}

	public IncidentType incidentType() {
		return this.incidentType;
	}

	/** The customer's name as far as known (I1); may be absent. */
	public String customerName() {
		return this.customerName;
	}

	public String serviceArea() {
		return this.serviceArea;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public Instant reportedAt() {
		return this.reportedAt;
	}

	public String reportedBy() {
		return this.reportedBy;
	}

	public ReviewOutcome reviewOutcome() {
		return this.reviewOutcome;
	}

	public List<CustomerReference> customerReferences() {
		return List.copyOf(this.customerReferences);
	}

}
