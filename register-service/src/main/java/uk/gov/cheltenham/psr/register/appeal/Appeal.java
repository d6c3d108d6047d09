package uk.gov.cheltenham.psr.register.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryEvents;
import uk.gov.cheltenham.psr.register.restriction.Restriction;

/**
 * The customer's appeal against inclusion (R11, policy §4.6). The entry and its
 * restrictions stay in force until it is decided.
 */
@Entity
@Table(name = "appeal")
public class Appeal extends AbstractAggregateRoot<Appeal> {

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID entryId;

	private LocalDate receivedOn;

	private String grounds;

	private String lodgedBy;

	private LocalDate lodgedOn;

	@Enumerated(EnumType.STRING)
	private AppealDecider decider;

	private String originalDecisionBy;

	@Enumerated(EnumType.STRING)
	private AppealStatus status;

	@Enumerated(EnumType.STRING)
	private AppealDecision decision;

	private String decisionReasons;

	private String variation;

	private String decidedBy;

	private LocalDate decidedOn;

	private LocalDate lgscoComplaintOn;

	private String lgscoReference;

	@Enumerated(EnumType.STRING)
	private LgscoOutcome lgscoOutcome;

	private LocalDate lgscoOutcomeOn;

	private String lgscoSummary;

	protected Appeal() {
		// for JPA
	}

	/**
	 * The CRO records the customer's appeal as received: the entry shows "appeal in
	 * progress" (R11) and the customer gets an acknowledgement (L5). Who will decide
	 * follows from whether the CSSM was the target or absent.
	 */
	public static Appeal lodge(Entry entry, LocalDate receivedOn, String grounds, boolean cssmTargetOrAbsent,
			String originalDecisionBy, String lodgedBy, LocalDate today) {
		if (receivedOn.isAfter(today)) {
			throw new RuleViolation("R11", "An appeal is recorded once it has been received");
		}
		requireText(grounds, "An appeal records a summary of its grounds");
		entry.noteAppealInProgress();
		Appeal appeal = new Appeal();
		appeal.id = UUID.randomUUID();
		appeal.entryId = entry.id();
		appeal.receivedOn = receivedOn;
		appeal.grounds = grounds;
		appeal.lodgedBy = lodgedBy;
		appeal.lodgedOn = today;
		appeal.decider = AppealDecider.forCase(cssmTargetOrAbsent);
		appeal.originalDecisionBy = blankToNull(originalDecisionBy);
		appeal.status = AppealStatus.LODGED;
		appeal.registerEvent(new AppealEvents.Lodged(appeal.entryId, appeal.id));
		appeal.registerEvent(new EntryEvents.LetterRequested(appeal.entryId, UUID.randomUUID(),
				EntryEvents.LetterKind.APPEAL_ACKNOWLEDGEMENT));
		return appeal;
	}

	/**
	 * Decides the appeal (R11): only by the decider this case needs, never by whoever
	 * made the original decision, and only once. Varied puts a new set of restrictions in
	 * force where one is given (by the entry's R4–R6 checks: a set they refuse leaves the
	 * appeal undecided) and changes the period where one is given; overturned starts the
	 * removal path, which Governance approves (R10). The customer is told the outcome
	 * (L6).
	 * @param newRestrictions the restrictions a varied decision puts in force, empty to
	 * lift them all; null leaves them as they are
	 */
	public void decide(Entry entry, AppealDecision decision, String reasons, String variation, Period newPeriod,
			List<Restriction> newRestrictions, String deciderId, Set<String> deciderRoles, Instant now,
			LocalDate today) {
		if (!entry.id().equals(this.entryId)) {
			throw new IllegalArgumentException("Appeal " + this.id + " is not against entry " + entry.id());
		}
		if (this.status != AppealStatus.LODGED) {
			throw new RuleViolation("R11", "This appeal was already decided (" + this.decision + ")");
		}
		if (!deciderRoles.contains(this.decider.role())) {
			throw new RuleViolation("R11", "This appeal is decided by the " + describe(this.decider));
		}
		if (deciderId.equals(this.originalDecisionBy) || deciderId.equals(entry.periodSetBy())) {
			throw new RuleViolation("R11", "An appeal is decided by someone other than who made the original decision");
		}
		requireText(reasons, "An appeal decision records its reasons");
		if (decision == AppealDecision.VARIED) {
			requireText(variation, "A varied decision records what was varied");
			if (newRestrictions != null) {
				entry.varyRestrictions(newRestrictions, deciderId, now, today);
			}
			if (newPeriod != null) {
				entry.setRestrictionPeriod(newPeriod, variation, deciderId, today);
			}
		}
		else if ((variation != null && !variation.isBlank()) || newPeriod != null || newRestrictions != null) {
			throw new RuleViolation("R11", "Only a varied decision changes the restrictions or period");
		}
		if (decision == AppealDecision.OVERTURNED && !entry.isRemovalAwaitingApproval()) {
			entry.decideRemoval(today);
		}
		entry.clearAppealInProgress();
		this.status = AppealStatus.DECIDED;
		this.decision = decision;
		this.decisionReasons = reasons;
		this.variation = blankToNull(variation);
		this.decidedBy = deciderId;
		this.decidedOn = today;
		registerEvent(new AppealEvents.Decided(this.entryId, this.id, decision));
		registerEvent(new EntryEvents.LetterRequested(this.entryId, UUID.randomUUID(),
				EntryEvents.LetterKind.APPEAL_OUTCOME));
	}

	/**
	 * The customer took the decided appeal to the LGSCO (R11); the Ombudsman looks at a
	 * complaint once the council's own process is finished.
	 */
	public void referToLgsco(LocalDate complaintOn, String reference, LocalDate today) {
		if (this.status != AppealStatus.DECIDED) {
			throw new RuleViolation("R11",
					(this.status == AppealStatus.LODGED)
							? "An LGSCO complaint is recorded once the council has decided the appeal"
							: "An LGSCO complaint about this appeal is already recorded");
		}
		if (complaintOn.isAfter(today)) {
			throw new RuleViolation("R11", "An LGSCO complaint is recorded once it has been made");
		}
		requireText(reference, "An LGSCO complaint records the Ombudsman's reference");
		this.lgscoComplaintOn = complaintOn;
		this.lgscoReference = reference;
		this.status = AppealStatus.REFERRED_TO_LGSCO;
	}

	/** The LGSCO's outcome of the complaint (R11), recorded once. */
	public void recordLgscoOutcome(LgscoOutcome outcome, LocalDate outcomeOn, String summary, LocalDate today) {
		if (this.status != AppealStatus.REFERRED_TO_LGSCO) {
			throw new RuleViolation("R11", (this.status == AppealStatus.LGSCO_DECIDED)
					? "The LGSCO's outcome is already recorded" : "There is no LGSCO complaint about this appeal");
		}
		if (outcomeOn.isAfter(today) || outcomeOn.isBefore(this.lgscoComplaintOn)) {
			throw new RuleViolation("R11", "The LGSCO's outcome is dated between the complaint and today");
		}
		this.lgscoOutcome = outcome;
		this.lgscoOutcomeOn = outcomeOn;
		this.lgscoSummary = blankToNull(summary);
		this.status = AppealStatus.LGSCO_DECIDED;
	}

	private static void requireText(String text, String message) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation("R11", message);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static String describe(AppealDecider decider) {
		return (decider == AppealDecider.CHIEF_EXECUTIVE) ? "Chief Executive, as the CSSM was the target or absent"
				: "Executive Director of People and Change";
	}

	/** The events this appeal will publish when saved; visible to the domain's tests. */
	List<Object> recordedEvents() {
		return List.copyOf(domainEvents());
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return (this.version != null) ? this.version : 0;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public LocalDate receivedOn() {
		return this.receivedOn;
	}

	public String grounds() {
		return this.grounds;
	}

	public String lodgedBy() {
		return this.lodgedBy;
	}

	public LocalDate lodgedOn() {
		return this.lodgedOn;
	}

	public AppealDecider decider() {
		return this.decider;
	}

	public AppealStatus status() {
		return this.status;
	}

	public boolean inProgress() {
		return this.status == AppealStatus.LODGED;
	}

	public AppealDecision decision() {
		return this.decision;
	}

	public String decisionReasons() {
		return this.decisionReasons;
	}

	public String variation() {
		return this.variation;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public LocalDate lgscoComplaintOn() {
		return this.lgscoComplaintOn;
	}

	public String lgscoReference() {
		return this.lgscoReference;
	}

	public LgscoOutcome lgscoOutcome() {
		return this.lgscoOutcome;
	}

	public LocalDate lgscoOutcomeOn() {
		return this.lgscoOutcomeOn;
	}

	public String lgscoSummary() {
		return this.lgscoSummary;
	}

}
