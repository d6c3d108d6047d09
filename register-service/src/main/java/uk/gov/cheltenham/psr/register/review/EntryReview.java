package uk.gov.cheltenham.psr.register.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.restriction.Restriction;

/**
 * One review of an entry by the CRO (R9). Its outcome goes to the Governance Group, which
 * approves or rejects it (R10); a recommended removal takes effect only on approval.
 */
@Entity
@Table(name = "entry_review")
public class EntryReview extends AbstractAggregateRoot<EntryReview> {

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID entryId;

	private LocalDate reviewedOn;

	private String reviewedBy;

	@Enumerated(EnumType.STRING)
	private ReviewOutcome outcome;

	private String reasons;

	private LocalDate nextReviewDue;

	private int newIncidents;

	private int contactsConsidered;

	private UUID justificationId;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

	private LocalDate governanceDecidedOn;

	/** Whether a varied outcome puts {@link #variedRestrictions} in force (R9). */
	private boolean variesRestrictions;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "entry_review_restriction", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<Restriction> variedRestrictions = new ArrayList<>();

	protected EntryReview() {
		// for JPA
	}

	/**
	 * Records a review of an active entry with its reasons and the next review date at
	 * most 6 months ahead (R9). Keeping an entry based on personal circumstances needs
	 * the raising team's justification (policy §4.7). A recommended removal is recorded
	 * on the entry, which stays in force until Governance approves it (R10).
	 */
	public static EntryReview record(Entry entry, ReviewContext context, ReviewOutcome outcome, String reasons,
			LocalDate nextReviewDue, String reviewer, LocalDate today) {
		return record(entry, context, outcome, reasons, nextReviewDue, null, reviewer, today);
	}

	/**
	 * Records a review as
	 * {@link #record(Entry, ReviewContext, ReviewOutcome, String, LocalDate, String, LocalDate)}
	 * does; a varied outcome may carry the restrictions it puts in force once Governance
	 * approves it (R10). The set must pass the entry's R4–R6 checks now, or the review is
	 * not recorded.
	 * @param newRestrictions the restrictions to put in force, empty to lift them all;
	 * null leaves them as they are
	 */
	public static EntryReview record(Entry entry, ReviewContext context, ReviewOutcome outcome, String reasons,
			LocalDate nextReviewDue, List<Restriction> newRestrictions, String reviewer, LocalDate today) {
		if (reasons == null || reasons.isBlank()) {
			throw new RuleViolation("R9", "A review records its reasons");
		}
		if (newRestrictions != null) {
			if (outcome != ReviewOutcome.VARY) {
				throw new RuleViolation("R9", "Only a varied outcome changes the restrictions");
			}
			entry.requireRestrictionsApplicable(newRestrictions);
		}
		if (context.anotherAwaitingGovernance()) {
			throw new RuleViolation("R9", "An earlier review of this entry is still awaiting the Governance Group");
		}
		if (outcome != ReviewOutcome.REMOVE && entry.isBasedOnPersonalCircumstances() && !context.hasJustification()) {
			throw new RuleViolation("R9",
					"Keeping an entry based on personal circumstances needs the raising team's justification first");
		}
		entry.scheduleNextReview(nextReviewDue, today);
		if (outcome == ReviewOutcome.REMOVE && !entry.isRemovalAwaitingApproval()) {
			entry.decideRemoval(today);
		}
		EntryReview review = new EntryReview();
		review.id = UUID.randomUUID();
		review.entryId = entry.id();
		review.reviewedOn = today;
		review.reviewedBy = reviewer;
		review.outcome = outcome;
		review.reasons = reasons;
		review.nextReviewDue = nextReviewDue;
		review.newIncidents = context.newIncidents();
		review.contactsConsidered = context.contacts();
		review.justificationId = context.justificationId();
		review.status = ReviewStatus.AWAITING_GOVERNANCE;
		review.variesRestrictions = newRestrictions != null;
		if (newRestrictions != null) {
			review.variedRestrictions.addAll(newRestrictions);
		}
		review.registerEvent(new ReviewEvents.Recorded(review.entryId, review.id, outcome, nextReviewDue));
		return review;
	}

	/**
	 * The Governance Group approves the outcome (R10); an approved removal removes the
	 * entry, and approved varied restrictions go in force (R4–R6 checks again, R8
	 * letter).
	 */
	public void approve(Entry entry, Instant now, LocalDate today) {
		awaitingGovernance(entry);
		if (this.outcome == ReviewOutcome.REMOVE) {
			entry.approveRemoval(today);
		}
		if (this.variesRestrictions) {
			entry.varyRestrictions(List.copyOf(this.variedRestrictions), this.reviewedBy, now, today);
		}
		this.status = ReviewStatus.APPROVED;
		this.governanceDecidedOn = today;
	}

	/**
	 * The Governance Group rejects the outcome (R10); a rejected removal leaves the entry
	 * in force.
	 */
	public void reject(Entry entry, LocalDate today) {
		awaitingGovernance(entry);
		if (this.outcome == ReviewOutcome.REMOVE && entry.isRemovalAwaitingApproval()) {
			entry.withdrawRemovalDecision();
		}
		this.status = ReviewStatus.REJECTED;
		this.governanceDecidedOn = today;
	}

	private void awaitingGovernance(Entry entry) {
		if (!entry.id().equals(this.entryId)) {
			throw new IllegalArgumentException("Review " + this.id + " is not of entry " + entry.id());
		}
		if (this.status != ReviewStatus.AWAITING_GOVERNANCE) {
			throw new RuleViolation("R10", "This review was already " + this.status.name().toLowerCase());
		}
	}

	/** The events this review will publish when saved; visible to the domain's tests. */
	List<Object> recordedEvents() {
		return List.copyOf(domainEvents());
	}

	public UUID id() {
		return this.id;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public LocalDate reviewedOn() {
		return this.reviewedOn;
	}

	public String reviewedBy() {
		return this.reviewedBy;
	}

	public ReviewOutcome outcome() {
		return this.outcome;
	}

	public String reasons() {
		return this.reasons;
	}

	public LocalDate nextReviewDue() {
		return this.nextReviewDue;
	}

	public int newIncidents() {
		return this.newIncidents;
	}

	public int contactsConsidered() {
		return this.contactsConsidered;
	}

	public UUID justificationId() {
		return this.justificationId;
	}

	public ReviewStatus status() {
		return this.status;
	}

	public LocalDate governanceDecidedOn() {
		return this.governanceDecidedOn;
	}

	/** The restrictions a varied outcome puts in force; empty when it leaves them. */
	public List<Restriction> variedRestrictions() {
		return List.copyOf(this.variedRestrictions);
	}

	public boolean variesRestrictions() {
		return this.variesRestrictions;
	}

}
