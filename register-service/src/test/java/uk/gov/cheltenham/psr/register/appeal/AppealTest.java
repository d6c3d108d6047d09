package uk.gov.cheltenham.psr.register.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.cheltenham.psr.platform.security.Roles;
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

class AppealTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private static final Set<String> ED = Set.of(Roles.EXECUTIVE_DIRECTOR);

	private static final Set<String> CE = Set.of(Roles.CHIEF_EXECUTIVE);

	@Test
	@DisplayName("R11, L5: a lodged appeal notes 'appeal in progress' on the entry, which stays in force, and raises AppealLodged and an acknowledgement letter")
	void lodge() {
		Entry entry = opened();
		Appeal appeal = lodge(entry, false);
		assertThat(entry.appealInProgress()).isTrue();
		assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
		assertThat(appeal.status()).isEqualTo(AppealStatus.LODGED);
		assertThat(appeal.decider()).isEqualTo(AppealDecider.EXECUTIVE_DIRECTOR);
		assertThat(appeal.recordedEvents()).hasSize(2)
			.first()
			.isEqualTo(new AppealEvents.Lodged(entry.id(), appeal.id()));
		assertThat(appeal.recordedEvents().get(1)).isInstanceOfSatisfying(EntryEvents.LetterRequested.class,
				(letter) -> assertThat(letter.kind()).isEqualTo(EntryEvents.LetterKind.APPEAL_ACKNOWLEDGEMENT));
	}

	@Test
	@DisplayName("R11: an appeal not yet received or without grounds is refused and the entry is unchanged")
	void lodgeRefusals() {
		Entry entry = opened();
		assertRule("R11", () -> Appeal.lodge(entry, TODAY.plusDays(1), "grounds", false, null, "cro-1", TODAY));
		assertRule("R11", () -> Appeal.lodge(entry, TODAY, " ", false, null, "cro-1", TODAY));
		assertThat(entry.appealInProgress()).isFalse();
	}

	@Test
	@DisplayName("R11, L6: the Executive Director upholds: the entry stands, the note goes, AppealDecided and an outcome letter")
	void upheld() {
		Entry entry = opened();
		Appeal appeal = lodge(entry, false);
		appeal.decide(entry, AppealDecision.UPHELD, "incidents proven", null, null, null, "ed-1", ED, NOW, TODAY);
		assertThat(appeal.status()).isEqualTo(AppealStatus.DECIDED);
		assertThat(appeal.decidedBy()).isEqualTo("ed-1");
		assertThat(entry.appealInProgress()).isFalse();
		assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
		assertThat(entry.isRemovalAwaitingApproval()).isFalse();
		assertThat(appeal.recordedEvents())
			.contains(new AppealEvents.Decided(entry.id(), appeal.id(), AppealDecision.UPHELD));
		assertThat(appeal.recordedEvents()).filteredOn(EntryEvents.LetterRequested.class::isInstance)
			.extracting((event) -> ((EntryEvents.LetterRequested) event).kind())
			.containsExactly(EntryEvents.LetterKind.APPEAL_ACKNOWLEDGEMENT, EntryEvents.LetterKind.APPEAL_OUTCOME);
	}

	@Test
	@DisplayName("R11, R3: varied changes the period with the variation as its recorded reason; a varied decision must say what was varied")
	void varied() {
		Entry entry = opened();
		Appeal appeal = lodge(entry, false);
		assertRule("R11",
				() -> appeal.decide(entry, AppealDecision.VARIED, "partly", " ", null, null, "ed-1", ED, NOW, TODAY));
		appeal.decide(entry, AppealDecision.VARIED, "partly", "period shortened to 2 years", Period.ofYears(2), null,
				"ed-1", ED, NOW, TODAY);
		assertThat(entry.restrictionPeriod()).isEqualTo(Period.ofYears(2));
		assertThat(entry.periodReason()).isEqualTo("period shortened to 2 years");
		assertThat(appeal.variation()).isEqualTo("period shortened to 2 years");
	}

	@Test
	@DisplayName("R11: only a varied decision changes the restrictions or period")
	void onlyVariedVaries() {
		Entry entry = opened();
		Appeal appeal = lodge(entry, false);
		assertRule("R11", () -> appeal.decide(entry, AppealDecision.UPHELD, "r", null, Period.ofYears(1), null, "ed-1",
				ED, NOW, TODAY));
		assertRule("R11", () -> appeal.decide(entry, AppealDecision.OVERTURNED, "r", "changed", null, null, "ed-1", ED,
				NOW, TODAY));
		assertThat(entry.restrictionPeriod()).isEqualTo(Period.ofYears(4));
	}

	@Test
	@DisplayName("R11, R10: overturned starts the removal path; the entry stays in force until Governance approves")
	void overturned() {
		Entry entry = opened();
		Appeal appeal = lodge(entry, false);
		appeal.decide(entry, AppealDecision.OVERTURNED, "not proportionate", null, null, null, "ed-1", ED, NOW, TODAY);
		assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
		assertThat(entry.isRemovalAwaitingApproval()).isTrue();
		assertThat(entry.appealInProgress()).isFalse();
	}

	@Test
	@DisplayName("R11: the Executive Director decides; where the CSSM was the target or absent, the Chief Executive, and not the Executive Director")
	void rightDecider() {
		Entry entry = opened();
		Appeal normal = lodge(entry, false);
		assertRule("R11",
				() -> normal.decide(entry, AppealDecision.UPHELD, "r", null, null, null, "ce-1", CE, NOW, TODAY));
		assertRule("R11", () -> normal.decide(entry, AppealDecision.UPHELD, "r", null, null, null, "cro-1",
				Set.of(Roles.CRO, Roles.CSSM), NOW, TODAY));
		assertThat(normal.status()).isEqualTo(AppealStatus.LODGED);

		Entry other = opened();
		Appeal cssmTarget = lodge(other, true);
		assertThat(cssmTarget.decider()).isEqualTo(AppealDecider.CHIEF_EXECUTIVE);
		assertRule("R11",
				() -> cssmTarget.decide(other, AppealDecision.UPHELD, "r", null, null, null, "ed-1", ED, NOW, TODAY));
		cssmTarget.decide(other, AppealDecision.UPHELD, "r", null, null, null, "ce-1", CE, NOW, TODAY);
		assertThat(cssmTarget.status()).isEqualTo(AppealStatus.DECIDED);
	}

	@Test
	@DisplayName("R11: whoever made the original decision (named at lodging, or who set the period) may not decide the appeal")
	void notTheOriginalDecider() {
		Entry entry = opened();
		Appeal appeal = Appeal.lodge(entry, TODAY, "grounds", false, "ed-1", "cro-1", TODAY);
		assertRule("R11",
				() -> appeal.decide(entry, AppealDecision.UPHELD, "r", null, null, null, "ed-1", ED, NOW, TODAY));

		Entry other = opened();
		other.setRestrictionPeriod(Period.ofYears(5), "threats continued", "ed-2", TODAY);
		Appeal againstPeriod = lodge(other, false);
		assertRule("R11", () -> againstPeriod.decide(other, AppealDecision.UPHELD, "r", null, null, null, "ed-2", ED,
				NOW, TODAY));
		againstPeriod.decide(other, AppealDecision.UPHELD, "r", null, null, null, "ed-1", ED, NOW, TODAY);
	}

	@Test
	@DisplayName("R11: the LGSCO's outcome is dated between the complaint and today")
	void lgscoDates() {
		Entry entry = opened();
		Appeal appeal = lodge(entry, false);
		appeal.decide(entry, AppealDecision.UPHELD, "r", null, null, null, "ed-1", ED, NOW, TODAY);
		assertRule("R11", () -> appeal.referToLgsco(TODAY.plusDays(1), "LGSCO-1", TODAY));
		appeal.referToLgsco(TODAY, "LGSCO-1", TODAY);
		assertRule("R11", () -> appeal.recordLgscoOutcome(LgscoOutcome.NO_FAULT, TODAY.minusDays(1), null, TODAY));
		assertRule("R11", () -> appeal.recordLgscoOutcome(LgscoOutcome.NO_FAULT, TODAY.plusDays(1), null, TODAY));
		appeal.recordLgscoOutcome(LgscoOutcome.NO_FAULT, TODAY, "no fault found", TODAY);
		assertThat(appeal.lgscoOutcome()).isEqualTo(LgscoOutcome.NO_FAULT);
	}

	/**
	 * Every state an appeal (and its entry) can be in, against every command: the legal
	 * ones and the rule that refuses the others.
	 */
	@ParameterizedTest(name = "R11: {0} then {1} -> {2}")
	@CsvSource({
			// lodging
			"NO_APPEAL, LODGE, LODGED", "LODGED, LODGE, R11", "DECIDED, LODGE, LODGED", "ENTRY_REMOVED, LODGE, R11",
			"ENTRY_EXPIRED, LODGE, R11",
			// deciding
			"LODGED, DECIDE, DECIDED", "DECIDED, DECIDE, R11", "REFERRED_TO_LGSCO, DECIDE, R11",
			"LGSCO_DECIDED, DECIDE, R11",
			// the LGSCO complaint
			"LODGED, REFER, R11", "DECIDED, REFER, REFERRED_TO_LGSCO", "REFERRED_TO_LGSCO, REFER, R11",
			"LGSCO_DECIDED, REFER, R11",
			// the LGSCO's outcome
			"LODGED, LGSCO_OUTCOME, R11", "DECIDED, LGSCO_OUTCOME, R11",
			"REFERRED_TO_LGSCO, LGSCO_OUTCOME, LGSCO_DECIDED", "LGSCO_DECIDED, LGSCO_OUTCOME, R11" })
	void appealTransitions(String from, String command, String expected) {
		Entry entry = opened();
		Appeal appeal = inState(from, entry);
		ThrowingCallable action = switch (command) {
			case "LODGE" -> () -> assertThat(lodge(entry, false).status()).isEqualTo(AppealStatus.valueOf(expected));
			case "DECIDE" ->
				() -> appeal.decide(entry, AppealDecision.UPHELD, "r", null, null, null, "ed-1", ED, NOW, TODAY);
			case "REFER" -> () -> appeal.referToLgsco(TODAY, "LGSCO-1", TODAY);
			case "LGSCO_OUTCOME" -> () -> appeal.recordLgscoOutcome(LgscoOutcome.NO_FAULT, TODAY, null, TODAY);
			default -> throw new IllegalArgumentException(command);
		};
		if (isRule(expected)) {
			assertRefusedUnchanged(expected, action,
					() -> Arrays.asList((appeal != null) ? appeal.status() : null, entry.appealInProgress()));
		}
		else {
			assertLegal(from, command, action);
			if (!"LODGE".equals(command)) {
				assertThat(appeal.status()).isEqualTo(AppealStatus.valueOf(expected));
			}
		}
	}

	private static Appeal inState(String state, Entry entry) {
		switch (state) {
			case "NO_APPEAL":
				return null;
			case "ENTRY_REMOVED":
				entry.decideRemoval(TODAY);
				entry.approveRemoval(TODAY);
				return null;
			case "ENTRY_EXPIRED":
				entry.expire(entry.expiresOn());
				return null;
			default:
				Appeal appeal = lodge(entry, false);
				if (!"LODGED".equals(state)) {
					appeal.decide(entry, AppealDecision.UPHELD, "r", null, null, null, "ed-1", ED, NOW, TODAY);
				}
				if ("REFERRED_TO_LGSCO".equals(state) || "LGSCO_DECIDED".equals(state)) {
					appeal.referToLgsco(TODAY, "LGSCO-1", TODAY);
				}
				if ("LGSCO_DECIDED".equals(state)) {
					appeal.recordLgscoOutcome(LgscoOutcome.FAULT_NO_INJUSTICE, TODAY, null, TODAY);
				}
				return appeal;
		}
	}

	@Test
	@DisplayName("R11, R4, R8: a varied decision puts a typed set of restrictions in force: RestrictionsSet and a restriction letter")
	void variedWithRestrictions() {
		Entry entry = checked(opened());
		Appeal appeal = lodge(entry, false);
		appeal.decide(entry, AppealDecision.VARIED, "partly", "office ban replaced by visits in pairs", null,
				List.of(VISITS_IN_PAIRS), "ed-1", ED, NOW, TODAY);
		assertThat(entry.restrictions()).containsExactly(VISITS_IN_PAIRS);
		assertThat(entry.restrictionsAppliedBy()).isEqualTo("ed-1");
		assertThat(appeal.decision()).isEqualTo(AppealDecision.VARIED);
		assertThat(entry.letters()).extracting(EntryLetter::kind)
			.containsExactly(EntryEvents.LetterKind.RESTRICTION, EntryEvents.LetterKind.RESTRICTION);
	}

	@Test
	@DisplayName("R11, R4, R5, R6: a varied decision with an incomplete set (R4), one closing every route (R5) or before the "
			+ "complaint check (R6) is refused: the appeal stays undecided and the entry unchanged")
	void variedWithBadRestrictions() {
		Entry unchecked = opened();
		Appeal first = lodge(unchecked, false);
		assertRule("R6", () -> first.decide(unchecked, AppealDecision.VARIED, "partly", "visits in pairs", null,
				List.of(VISITS_IN_PAIRS), "ed-1", ED, NOW, TODAY));
		assertThat(first.status()).isEqualTo(AppealStatus.LODGED);

		Entry entry = checked(opened());
		Appeal appeal = lodge(entry, false);
		Restriction incomplete = new Restriction(RestrictionKind.NAMED_CONTACT_ONLY, List.of("housing"), false, null,
				null, null, null);
		assertRefusedUnchanged("R4", () -> appeal.decide(entry, AppealDecision.VARIED, "partly", "named contact",
				Period.ofYears(2), List.of(incomplete), "ed-1", ED, NOW, TODAY), () -> state(entry, appeal));
		List<Restriction> closingEveryRoute = List.of(
				new Restriction(RestrictionKind.NO_TELEPHONE_CONTACT, List.of("housing"), false, null, null, null,
						null),
				new Restriction(RestrictionKind.BANNED_FROM_OFFICES, List.of("housing"), false, null, null, null, null),
				new Restriction(RestrictionKind.OTHER, List.of("housing"), false, null, "letters returned unread", null,
						Set.of(ContactChannel.WRITTEN)));
		assertRefusedUnchanged("R5", () -> appeal.decide(entry, AppealDecision.VARIED, "partly", "no contact",
				Period.ofYears(2), closingEveryRoute, "ed-1", ED, NOW, TODAY), () -> state(entry, appeal));
		assertRule("R11", () -> appeal.decide(entry, AppealDecision.UPHELD, "stands", null, null,
				List.of(VISITS_IN_PAIRS), "ed-1", ED, NOW, TODAY));
		assertThat(entry.appealInProgress()).isTrue();
	}

	private static final Restriction VISITS_IN_PAIRS = new Restriction(RestrictionKind.HOME_VISITS_IN_PAIRS,
			List.of("housing"), false, null, null, null, null);

	/**
	 * What a refused decision must leave alone: the appeal and the entry's restrictions.
	 */
	private static List<Object> state(Entry entry, Appeal appeal) {
		return List.of(appeal.status(), entry.restrictions(), entry.restrictionPeriod(), entry.letters(),
				entry.appealInProgress());
	}

	/** The complaint check (R6) and the adjustments answer (R5) are recorded. */
	private static Entry checked(Entry entry) {
		entry.recordComplaintCheck(ComplaintCheck.record(ComplaintStatus.NO_COMPLAINT, null, "cro-1", NOW));
		entry.recordReasonableAdjustments(ReasonableAdjustments.record(false, null, "cro-1", NOW));
		return entry;
	}

	private static Appeal lodge(Entry entry, boolean cssmTargetOrAbsent) {
		return Appeal.lodge(entry, TODAY.minusDays(2), "the incident was misunderstood", cssmTargetOrAbsent, null,
				"cro-1", TODAY);
	}

	private static Entry opened() {
		return Entry.openFrom(new ReviewedIncident(UUID.randomUUID(), EntryBasis.REGISTER_ENTRY,
				IncidentType.PHYSICAL_ASSAULT, List.of(new TeamReference("housing", "HSG-1"))), TODAY);
	}

}
