package uk.gov.cheltenham.psr.register.entry;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.register.restriction.ComplaintCheck;
import uk.gov.cheltenham.psr.register.restriction.ComplaintStatus;
import uk.gov.cheltenham.psr.register.restriction.ContactChannel;
import uk.gov.cheltenham.psr.register.restriction.ReasonableAdjustments;
import uk.gov.cheltenham.psr.register.restriction.Restriction;
import uk.gov.cheltenham.psr.register.restriction.RestrictionKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cheltenham.psr.register.entry.EntryFixtures.NOW;
import static uk.gov.cheltenham.psr.register.entry.EntryFixtures.OFFICE_BAN;
import static uk.gov.cheltenham.psr.register.entry.EntryFixtures.TODAY;

class EntryRestrictionsTest {

	@Test
	@DisplayName("R4: proposed restrictions are recorded with who and when and apply only when applied: RestrictionsSet with their kinds")
	void proposeThenApply() {
		Entry entry = EntryFixtures.inForce();
		EntryFixtures.readyToApply(entry);
		assertThat(entry.restrictions()).isEmpty();
		assertThat(entry.proposedRestrictions()).containsExactly(OFFICE_BAN);
		assertThat(entry.restrictionsProposedBy()).isEqualTo("cro-1");

		entry.applyRestrictions("cro-2", NOW, TODAY);
		assertThat(entry.restrictions()).containsExactly(OFFICE_BAN);
		assertThat(entry.proposedRestrictions()).isEmpty();
		assertThat(entry.restrictionsAppliedBy()).isEqualTo("cro-2");
		assertThat(entry.restrictionsAppliedAt()).isEqualTo(NOW);
		assertThat(EntryFixtures.events(entry, EntryEvents.RestrictionsSet.class)).singleElement()
			.isEqualTo(
					new EntryEvents.RestrictionsSet(entry.id(), List.of(RestrictionKind.BANNED_FROM_OFFICES), false));
		// the first set goes in the letter of inclusion asked for at opening
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class)).hasSize(1);
	}

	@Test
	@DisplayName("R4, R8: a change to restrictions in force asks for a new restriction letter; an empty set lifts them all")
	void variationIsTold() {
		Entry entry = EntryFixtures.inForce();
		EntryFixtures.readyToApply(entry);
		entry.applyRestrictions("cro-1", NOW, TODAY);
		entry.proposeRestrictions(List.of(), "cro-1", NOW);
		entry.applyRestrictions("cro-1", NOW, TODAY.plusMonths(2));
		assertThat(entry.restrictions()).isEmpty();
		assertThat(EntryFixtures.events(entry, EntryEvents.RestrictionsSet.class)).last()
			.extracting(EntryEvents.RestrictionsSet::kinds)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.isEmpty();
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class))
			.extracting(EntryEvents.LetterRequested::kind)
			.containsExactly(EntryEvents.LetterKind.RESTRICTION, EntryEvents.LetterKind.RESTRICTION);
	}

	@Test
	@DisplayName("R6: restrictions cannot apply before the complaint check is recorded; nothing changes")
	void complaintCheckFirst() {
		Entry entry = EntryFixtures.inForce();
		entry.recordReasonableAdjustments(ReasonableAdjustments.record(false, null, "cro-1", NOW));
		entry.proposeRestrictions(List.of(OFFICE_BAN), "cro-1", NOW);
		assertRefused(() -> entry.applyRestrictions("cro-1", NOW, TODAY), "R6");
		assertThat(entry.restrictions()).isEmpty();
		assertThat(entry.proposedRestrictions()).containsExactly(OFFICE_BAN);
		assertThat(entry.recordedEvents()).noneMatch(EntryEvents.RestrictionsSet.class::isInstance);
	}

	@Test
	@DisplayName("R5: restrictions cannot apply before the reasonable-adjustments answer is recorded")
	void adjustmentsAnswerFirst() {
		Entry entry = EntryFixtures.inForce();
		entry.recordComplaintCheck(ComplaintCheck.record(ComplaintStatus.COMPLAINTS_PROCESS_COMPLETED, null, "c", NOW));
		entry.proposeRestrictions(List.of(OFFICE_BAN), "cro-1", NOW);
		assertRefused(() -> entry.applyRestrictions("cro-1", NOW, TODAY), "R5");
		assertThat(entry.restrictions()).isEmpty();
	}

	@Test
	@DisplayName("R5: a proposal that closes every route to essential services is refused and the earlier proposal stays")
	void everyRouteClosedRefused() {
		Entry entry = EntryFixtures.inForce();
		EntryFixtures.readyToApply(entry);
		List<Restriction> closing = List.of(OFFICE_BAN, new Restriction(RestrictionKind.SINGLE_CHANNEL,
				List.of("housing"), false, null, null, ContactChannel.IN_PERSON, null));
		assertRefused(() -> entry.proposeRestrictions(closing, "cro-1", NOW), "R5");
		assertThat(entry.proposedRestrictions()).containsExactly(OFFICE_BAN);
	}

	@Test
	@DisplayName("R4: an incomplete restriction is refused; a warning letter takes no restrictions; nothing proposed means nothing to apply")
	void refusals() {
		Entry entry = EntryFixtures.inForce();
		assertRefused(() -> entry.proposeRestrictions(List.of(new Restriction(RestrictionKind.NAMED_CONTACT_ONLY,
				List.of("housing"), false, null, null, null, Set.of())), "cro-1", NOW), "R4");
		assertRefused(() -> entry.applyRestrictions("cro-1", NOW, TODAY), "R4");
		Entry warning = Entry.openFrom(new ReviewedIncident(UUID.randomUUID(), EntryBasis.WARNING_LETTER,
				IncidentType.VERBAL_ABUSE, List.of()), TODAY);
		assertRefused(() -> warning.proposeRestrictions(List.of(OFFICE_BAN), "cro-1", NOW), "R4");
	}

	@Test
	@DisplayName("R4: restrictions apply only to an entry in force: not after removal or expiry")
	void onlyInForce() {
		Entry entry = EntryFixtures.inForce();
		EntryFixtures.readyToApply(entry);
		entry.expire(TODAY.plusYears(4));
		assertRefused(() -> entry.applyRestrictions("cro-1", NOW, TODAY), "R4");
		assertRefused(() -> entry.proposeRestrictions(List.of(OFFICE_BAN), "cro-1", NOW), "R4");
		assertRefused(
				() -> entry.recordComplaintCheck(ComplaintCheck.record(ComplaintStatus.NO_COMPLAINT, null, "c", NOW)),
				"R6");
	}

	private static void assertRefused(Runnable move, String rule) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(RuleViolation.class,
				(ex) -> assertThat(ex.rule()).isEqualTo(rule));
	}

}
