package uk.gov.cheltenham.psr.register.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.register.entry.Entries;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.register.restriction.Restriction;

/**
 * Application service of reviews (R9): contacts and justifications as evidence, the
 * evidence pack, recording a review, Governance's decision on it (R10), and overdue
 * reviews with their escalation.
 */
@Service
public class Reviews {

	private static final Logger log = LoggerFactory.getLogger(Reviews.class);

	private final Register register;

	private final Entries entries;

	private final EntryReviews reviews;

	private final ContactNotes contacts;

	private final RetentionJustifications justifications;

	private final IncidentBaseline baseline;

	private final ReviewEscalations escalations;

	private final Clock clock;

	Reviews(Register register, Entries entries, EntryReviews reviews, ContactNotes contacts,
			RetentionJustifications justifications, IncidentBaseline baseline, ReviewEscalations escalations,
			Clock clock) {
		this.register = register;
		this.entries = entries;
		this.reviews = reviews;
		this.contacts = contacts;
		this.justifications = justifications;
		this.baseline = baseline;
		this.escalations = escalations;
		this.clock = clock;
	}

	@Transactional
	public ContactNote recordContact(UUID entryId, LocalDate contactOn, String team, ContactKind kind, String note,
			String recordedBy) {
		Entry entry = this.register.find(entryId);
		return this.contacts.save(ContactNote.record(entry.id(), contactOn, team, kind, note, recordedBy, today()));
	}

	@Transactional
	public RetentionJustification giveJustification(UUID entryId, String team, String justification,
			boolean restrictionsStillAppropriate, String givenBy) {
		Entry entry = this.register.find(entryId);
		return this.justifications.save(RetentionJustification.give(entry.id(), entry.isBasedOnPersonalCircumstances(),
				team, justification, restrictionsStillAppropriate, givenBy, today()));
	}

	@Transactional(readOnly = true)
	public EvidencePack evidence(UUID entryId) {
		return evidenceOf(this.register.find(entryId));
	}

	private EvidencePack evidenceOf(Entry entry) {
		Set<UUID> considered = this.baseline.of(entry.id());
		List<UUID> incidents = entry.incidentIds().stream().sorted().toList();
		return new EvidencePack(entry.id(), entry.lastReviewedOn(), entry.reviewDue(), entry.isReviewOverdueOn(today()),
				incidents.stream().filter((incident) -> !considered.contains(incident)).toList(),
				incidents.stream().filter(considered::contains).toList(),
				this.contacts.findByEntryIdAndConsideredInReviewIsNullOrderByContactOnAsc(entry.id()),
				entry.isBasedOnPersonalCircumstances(), latestJustification(entry.id()),
				entry.linkedBreaches().stream().sorted().toList());
	}

	private Optional<RetentionJustification> latestJustification(UUID entryId) {
		return this.justifications.findByEntryIdAndConsideredInReviewIsNullOrderByGivenOnAsc(entryId)
			.stream()
			.reduce((earlier, later) -> later);
	}

	/**
	 * Records the CRO's review with the evidence it had (R9); the outcome awaits the
	 * Governance Group (R10). What it considered is marked, so the next review sees only
	 * what is new.
	 */
	@Transactional
	public EntryReview record(UUID entryId, ReviewOutcome outcome, String reasons, LocalDate nextReviewDue,
			List<Restriction> newRestrictions, String reviewer) {
		Entry entry = this.register.find(entryId);
		EvidencePack evidence = evidenceOf(entry);
		ReviewContext context = new ReviewContext(evidence.incidentsSinceLastReview().size(),
				evidence.contactsSinceLastReview().size(),
				evidence.justification().map(RetentionJustification::id).orElse(null),
				this.reviews.existsByEntryIdAndStatus(entryId, ReviewStatus.AWAITING_GOVERNANCE));
		EntryReview review = EntryReview.record(entry, context, outcome, reasons, nextReviewDue, newRestrictions,
				reviewer, today());
		evidence.contactsSinceLastReview().forEach((contact) -> contact.consideredIn(review.id()));
		this.justifications.findByEntryIdAndConsideredInReviewIsNullOrderByGivenOnAsc(entryId)
			.forEach((justification) -> justification.consideredIn(review.id()));
		this.baseline.considered(entryId, entry.incidentIds());
		this.entries.save(entry);
		return this.reviews.save(review);
	}

	@Transactional(readOnly = true)
	public List<EntryReview> reviewsOf(UUID entryId) {
		this.register.find(entryId);
		return this.reviews.findByEntryIdOrderByReviewedOnAsc(entryId);
	}

	@Transactional(readOnly = true)
	public EntryReview find(UUID reviewId) {
		return this.reviews.findById(reviewId).orElseThrow(() -> new NotFound("Review " + reviewId));
	}

	@Transactional(readOnly = true)
	public List<EntryReview> awaitingGovernance() {
		return this.reviews.findByStatusOrderByReviewedOnAsc(ReviewStatus.AWAITING_GOVERNANCE);
	}

	/**
	 * The Governance Group's decision on a review (R10), inside the caller's transaction
	 * so that it commits with the minute.
	 */
	@Transactional
	public EntryReview decide(UUID reviewId, boolean approved) {
		EntryReview review = find(reviewId);
		Entry entry = this.register.find(review.entryId());
		if (approved) {
			review.approve(entry, this.clock.instant(), today());
		}
		else {
			review.reject(entry, today());
		}
		this.entries.save(entry);
		return this.reviews.save(review);
	}

	/** Active entries whose review date has passed, the longest overdue first (R9). */
	@Transactional(readOnly = true)
	public List<OverdueReview> overdue() {
		LocalDate today = today();
		return this.register.active()
			.stream()
			.filter((entry) -> entry.isReviewOverdueOn(today))
			.sorted(Comparator.comparing(Entry::reviewDue))
			.map((entry) -> new OverdueReview(entry.id(), entry.reviewDue(),
					ChronoUnit.DAYS.between(entry.reviewDue(), today),
					this.escalations.escalatedOn(entry.id(), entry.reviewDue()).orElse(null)))
			.toList();
	}

	/**
	 * Escalates each overdue review once per review date (R9); the escalation shows in
	 * the overdue list and on the Governance agenda. Reminders are notification-service's
	 * (M4), computed from the published review dates.
	 */
	public void escalateOverdue() {
		LocalDate today = today();
		long escalated = this.register.active()
			.stream()
			.filter((entry) -> entry.isReviewOverdueOn(today))
			.filter((entry) -> this.escalations.escalate(entry.id(), entry.reviewDue(), today))
			.count();
		if (escalated > 0) {
			log.info("Escalated {} overdue reviews", escalated);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
