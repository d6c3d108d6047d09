package uk.gov.cheltenham.psr.register.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryBasis;
import uk.gov.cheltenham.psr.register.entry.EntryEvents;
import uk.gov.cheltenham.psr.register.entry.EntryLetter;
import uk.gov.cheltenham.psr.register.entry.EntryStatus;
import uk.gov.cheltenham.psr.register.entry.IncidentType;
import uk.gov.cheltenham.psr.register.entry.ReviewedIncident;
import uk.gov.cheltenham.psr.register.entry.TeamReference;
import uk.gov.cheltenham.psr.register.restriction.ComplaintCheck;
import uk.gov.cheltenham.psr.register.restriction.ComplaintStatus;
import uk.gov.cheltenham.psr.register.restriction.ContactChannel;
import uk.gov.cheltenham.psr.register.restriction.ReasonableAdjustments;
import uk.gov.cheltenham.psr.register.restriction.Restriction;
import uk.gov.cheltenham.psr.register.restriction.RestrictionKind;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cheltenham.psr.register.RuleAssertions.assertLegal;
import static uk.gov.cheltenham.psr.register.RuleAssertions.assertRefusedUnchanged;
import static uk.gov.cheltenham.psr.register.RuleAssertions.assertRule;
import static uk.gov.cheltenham.psr.register.RuleAssertions.isRule;

class EntryReviewTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private static final ReviewContext NOTHING_NEW = new ReviewContext(0, 0, null, false);

	@Test
	@DisplayName("R9: a review records its reasons and a next review date; the entry's review date moves and EntryReviewed is raised")
	void recordReview() {
		Entry entry = opened(IncidentType.PHYSICAL_ASSAULT);
		LocalDate next = TODAY.plusMonths(6);
		EntryReview review = EntryReview.record(entry, new ReviewContext(2, 1, null, false), ReviewOutcome.RETAIN,
				"two further incidents", next, "cro-1", TODAY);
		assertThat(entry.reviewDue()).isEqualTo(next);
		assertThat(entry.lastReviewedOn()).isEqualTo(TODAY);
		assertThat(review.status()).isEqualTo(ReviewStatus.AWAITING_GOVERNANCE);
		assertThat(review.newIncidents()).isEqualTo(2);
		assertThat(review.contactsConsidered()).isEqualTo(1);
		assertThat(review.recordedEvents()).containsExactly(
				new ReviewEvents.Recorded(entry.id(), review.id(), ReviewOutcome.RETAIN, LocalDate.of(2027, 5, 28)));
	}

	@ParameterizedTest(name = "R9: a next review on {0} is refused")
	@CsvSource({ "2027-05-29", "2026-11-28", "2026-11-01" })
	@DisplayName("R9: the next review is after today and at most 6 months ahead")
	void nextReviewWithinSixMonths(LocalDate next) {
		Entry entry = opened(IncidentType.PHYSICAL_ASSAULT);
		LocalDate before = entry.reviewDue();
		assertRule("R9",
				() -> EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.RETAIN, "reasons", next, "cro-1", TODAY));
		assertThat(entry.reviewDue()).isEqualTo(before);
		assertThat(entry.lastReviewedOn()).isNull();
	}

	@Test
	@DisplayName("R9: the next review is not after the entry expires")
	void nextReviewNotAfterExpiry() {
		Entry entry = Entry.openFrom(incident(EntryBasis.WARNING_LETTER, IncidentType.VERBAL_ABUSE), TODAY);
		LocalDate monthBeforeExpiry = entry.expiresOn().minusMonths(1);
		assertRule("R9", () -> EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.RETAIN, "reasons",
				entry.expiresOn().plusDays(1), "cro-1", monthBeforeExpiry));
		EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.RETAIN, "reasons", entry.expiresOn(), "cro-1",
				monthBeforeExpiry);
		assertThat(entry.reviewDue()).isEqualTo(entry.expiresOn());
	}

	@Test
	@DisplayName("R9: a review without reasons is refused")
	void reasonsRequired() {
		Entry entry = opened(IncidentType.VERBAL_THREAT);
		assertRule("R9", () -> EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.RETAIN, " ", TODAY.plusMonths(3),
				"cro-1", TODAY));
	}

	@Test
	@DisplayName("R9: keeping an entry based on personal circumstances needs the raising team's justification; recommending removal does not")
	void personalCircumstancesNeedJustification() {
		Entry entry = opened(IncidentType.PERSONAL_CIRCUMSTANCES);
		assertThat(entry.isBasedOnPersonalCircumstances()).isTrue();
		for (ReviewOutcome keep : List.of(ReviewOutcome.RETAIN, ReviewOutcome.VARY)) {
			assertRule("R9", () -> EntryReview.record(entry, NOTHING_NEW, keep, "still a risk", TODAY.plusMonths(6),
					"cro-1", TODAY));
		}
		EntryReview kept = EntryReview.record(entry, new ReviewContext(0, 0, UUID.randomUUID(), false),
				ReviewOutcome.RETAIN, "team justified keeping it", TODAY.plusMonths(6), "cro-1", TODAY);
		assertThat(kept.justificationId()).isNotNull();
		Entry other = opened(IncidentType.PERSONAL_CIRCUMSTANCES);
		EntryReview.record(other, NOTHING_NEW, ReviewOutcome.REMOVE, "circumstances changed", TODAY.plusMonths(6),
				"cro-1", TODAY);
		assertThat(other.isRemovalAwaitingApproval()).isTrue();
	}

	@Test
	@DisplayName("R9: a team's justification is asked only for entries based on personal circumstances; a contact is recorded once it has happened")
	void justificationAndContactRules() {
		assertRule("R9", () -> RetentionJustification.give(UUID.randomUUID(), false, "housing", "why", true,
				"manager-1", TODAY));
		assertThat(RetentionJustification
			.give(UUID.randomUUID(), true, "housing", "ongoing risk", false, "manager-1", TODAY)
			.restrictionsStillAppropriate()).isFalse();
		assertRule("R9", () -> ContactNote.record(UUID.randomUUID(), TODAY.plusDays(1), "revenues",
				ContactKind.POSITIVE, "polite call", "officer-1", TODAY));
		assertThat(ContactNote
			.record(UUID.randomUUID(), TODAY, "revenues", ContactKind.NEUTRAL, "paid a bill", "officer-1", TODAY)
			.kind()).isEqualTo(ContactKind.NEUTRAL);
	}

	@Test
	@DisplayName("R9, R10: recommending removal records it on the entry, which stays in force until Governance approves")
	void removalRecommendation() {
		Entry entry = opened(IncidentType.VERBAL_ABUSE);
		EntryReview review = EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.REMOVE, "no further incidents",
				TODAY.plusMonths(3), "cro-1", TODAY);
		assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
		assertThat(entry.removalDecidedOn()).isEqualTo(TODAY);
		review.approve(entry, NOW, TODAY.plusMonths(1));
		assertThat(entry.status()).isEqualTo(EntryStatus.REMOVED);
		assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(review.governanceDecidedOn()).isEqualTo(TODAY.plusMonths(1));
	}

	@Test
	@DisplayName("R10: a rejected removal leaves the entry in force with no removal pending")
	void removalRejected() {
		Entry entry = opened(IncidentType.VERBAL_ABUSE);
		EntryReview review = EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.REMOVE, "no further incidents",
				TODAY.plusMonths(3), "cro-1", TODAY);
		review.reject(entry, TODAY.plusMonths(1));
		assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
		assertThat(entry.isRemovalAwaitingApproval()).isFalse();
		assertThat(review.status()).isEqualTo(ReviewStatus.REJECTED);
	}

	@Test
	@DisplayName("R9: a removal recommended while one is already pending does not decide it twice")
	void removalAlreadyPending() {
		Entry entry = opened(IncidentType.VERBAL_ABUSE);
		entry.decideRemoval(TODAY.minusDays(3));
		EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.REMOVE, "agreed", TODAY.plusMonths(3), "cro-1", TODAY);
		assertThat(entry.removalDecidedOn()).isEqualTo(TODAY.minusDays(3));
	}

	/**
	 * Every state a review (and its entry) can be in, against every command: the legal
	 * ones and the rule that refuses the others.
	 */
	@ParameterizedTest(name = "R9, R10: {0} then {1} -> {2}")
	@CsvSource({
			// recording a review
			"NO_REVIEW, RECORD, AWAITING_GOVERNANCE", "AWAITING_GOVERNANCE, RECORD, R9",
			"APPROVED, RECORD, AWAITING_GOVERNANCE", "REJECTED, RECORD, AWAITING_GOVERNANCE",
			"ENTRY_REMOVED, RECORD, R9", "ENTRY_EXPIRED, RECORD, R9",
			// Governance's decision
			"AWAITING_GOVERNANCE, APPROVE, APPROVED", "AWAITING_GOVERNANCE, REJECT, REJECTED", "APPROVED, APPROVE, R10",
			"APPROVED, REJECT, R10", "REJECTED, APPROVE, R10", "REJECTED, REJECT, R10",
			// a recommended removal whose entry was removed another way meanwhile
			"REMOVAL_AWAITING_ENTRY_REMOVED, APPROVE, R12" })
	void reviewTransitions(String from, String command, String expected) {
		Entry entry = opened(IncidentType.PHYSICAL_ASSAULT);
		EntryReview review = inState(from, entry);
		ReviewContext context = new ReviewContext(0, 0, null,
				review != null && review.status() == ReviewStatus.AWAITING_GOVERNANCE);
		LocalDate later = TODAY.plusDays(1);
		ThrowingCallable action = switch (command) {
			case "RECORD" -> () -> assertThat(EntryReview
				.record(entry, context, ReviewOutcome.RETAIN, "reasons", later.plusMonths(3), "cro-1", later)
				.status()).isEqualTo(ReviewStatus.valueOf(expected));
			case "APPROVE" -> () -> review.approve(entry, NOW, later);
			case "REJECT" -> () -> review.reject(entry, later);
			default -> throw new IllegalArgumentException(command);
		};
		if (isRule(expected)) {
			assertRefusedUnchanged(expected, action,
					() -> Arrays.asList((review != null) ? review.status() : null, entry.reviewDue()));
		}
		else {
			assertLegal(from, command, action);
			if (!"RECORD".equals(command)) {
				assertThat(review.status()).isEqualTo(ReviewStatus.valueOf(expected));
			}
		}
	}

	private static EntryReview inState(String state, Entry entry) {
		switch (state) {
			case "NO_REVIEW":
				return null;
			case "ENTRY_REMOVED":
				entry.decideRemoval(TODAY);
				entry.approveRemoval(TODAY);
				return null;
			case "ENTRY_EXPIRED":
				entry.expire(entry.expiresOn());
				return null;
			case "REMOVAL_AWAITING_ENTRY_REMOVED":
				EntryReview removal = EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.REMOVE, "reasons",
						TODAY.plusMonths(3), "cro-1", TODAY);
				entry.approveRemoval(TODAY);
				return removal;
			default:
				EntryReview review = EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.RETAIN, "reasons",
						TODAY.plusMonths(3), "cro-1", TODAY);
				if ("APPROVED".equals(state)) {
					review.approve(entry, NOW, TODAY);
				}
				else if ("REJECTED".equals(state)) {
					review.reject(entry, TODAY);
				}
				return review;
		}
	}

	static Entry opened(IncidentType type) {
		return Entry.openFrom(incident(EntryBasis.REGISTER_ENTRY, type), TODAY);
	}

	@Test
	@DisplayName("R9, R10, R4, R8: a varied review carries a typed set of restrictions that goes in force only when Governance approves it: "
			+ "RestrictionsSet and a restriction letter")
	void variedReviewWithRestrictions() {
		Entry entry = checked(opened(IncidentType.PHYSICAL_ASSAULT));
		EntryReview review = EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.VARY, "calmer contact",
				TODAY.plusMonths(3), List.of(VISITS_IN_PAIRS), "cro-1", TODAY);
		assertThat(entry.restrictions()).isEmpty();
		assertThat(review.variedRestrictions()).containsExactly(VISITS_IN_PAIRS);

		review.approve(entry, NOW, TODAY.plusMonths(1));
		assertThat(entry.restrictions()).containsExactly(VISITS_IN_PAIRS);
		assertThat(entry.restrictionsAppliedBy()).isEqualTo("cro-1");
		assertThat(entry.letters()).extracting(EntryLetter::kind)
			.containsExactly(EntryEvents.LetterKind.RESTRICTION, EntryEvents.LetterKind.RESTRICTION);
	}

	@Test
	@DisplayName("R9, R4, R5, R6: a review whose set is incomplete (R4), closes every route (R5), comes before the complaint check (R6) "
			+ "or is not a VARY outcome (R9) is not recorded and the entry is unchanged")
	void variedReviewWithBadRestrictions() {
		Entry unchecked = opened(IncidentType.PHYSICAL_ASSAULT);
		assertRule("R6", () -> EntryReview.record(unchecked, NOTHING_NEW, ReviewOutcome.VARY, "r", TODAY.plusMonths(3),
				List.of(VISITS_IN_PAIRS), "cro-1", TODAY));
		Entry entry = checked(opened(IncidentType.PHYSICAL_ASSAULT));
		Restriction incomplete = new Restriction(RestrictionKind.NAMED_CONTACT_ONLY, List.of("housing"), false, null,
				null, null, null);
		assertRule("R4", () -> EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.VARY, "r", TODAY.plusMonths(3),
				List.of(incomplete), "cro-1", TODAY));
		Restriction everyRoute = new Restriction(RestrictionKind.OTHER, List.of("housing"), false, null, "no contact",
				null, Set.of(ContactChannel.PHONE, ContactChannel.WRITTEN, ContactChannel.IN_PERSON));
		assertRule("R5", () -> EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.VARY, "r", TODAY.plusMonths(3),
				List.of(everyRoute), "cro-1", TODAY));
		assertRule("R9", () -> EntryReview.record(entry, NOTHING_NEW, ReviewOutcome.RETAIN, "r", TODAY.plusMonths(3),
				List.of(VISITS_IN_PAIRS), "cro-1", TODAY));
		assertThat(entry.lastReviewedOn()).isNull();
		assertThat(entry.restrictions()).isEmpty();
	}

	private static final Restriction VISITS_IN_PAIRS = new Restriction(RestrictionKind.HOME_VISITS_IN_PAIRS,
			List.of("housing"), false, null, null, null, null);

	/** The complaint check (R6) and the adjustments answer (R5) are recorded. */
	private static Entry checked(Entry entry) {
		entry.recordComplaintCheck(ComplaintCheck.record(ComplaintStatus.NO_COMPLAINT, null, "cro-1", NOW));
		entry.recordReasonableAdjustments(ReasonableAdjustments.record(false, null, "cro-1", NOW));
		return entry;
	}

	private static ReviewedIncident incident(EntryBasis basis, IncidentType type) {
		return new ReviewedIncident(UUID.randomUUID(), basis, type, List.of(new TeamReference("housing", "HSG-1")));
	}

}
