package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.platform.security.Roles;
import uk.gov.cheltenham.psr.register.approval.ApprovalState;
import uk.gov.cheltenham.psr.register.approval.Approver;
import uk.gov.cheltenham.psr.register.approval.StandInReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cheltenham.psr.register.entry.EntryFixtures.NOW;
import static uk.gov.cheltenham.psr.register.entry.EntryFixtures.TODAY;

/** R7 approval as a state-transition table: every move from every state. */
class EntryApprovalTest {

	/** Where an entry stands on approval, as the table names it. */
	enum Standing {

		NOT_REQUIRED, AWAITING, AWAITING_CSSM_IS_TARGET, APPROVED, DECLINED;

		Entry entry() {
			Entry entry = (this == NOT_REQUIRED) ? EntryFixtures.inForce() : EntryFixtures.awaitingApproval();
			if (this == AWAITING_CSSM_IS_TARGET) {
				entry.recordCssmIsTarget();
			}
			if (this == APPROVED) {
				entry.approve(new Approver("cssm-1", Roles.CSSM, null, null), NOW, TODAY);
			}
			EntryFixtures.readyToApply(entry);
			if (this == DECLINED) {
				entry.decline(new Approver("cssm-1", Roles.CSSM, null, null), "not proportionate", NOW, TODAY);
			}
			return entry;
		}

		static Standing of(Entry entry) {
			return switch (entry.approvalState()) {
				case NOT_REQUIRED -> NOT_REQUIRED;
				case APPROVED -> APPROVED;
				case DECLINED -> DECLINED;
				case AWAITING -> entry.cssmIsTarget() ? AWAITING_CSSM_IS_TARGET : AWAITING;
			};
		}

	}

	enum Move {

		APPROVE_AS_CSSM, APPROVE_AS_CSSM_CLAIMING_STAND_IN, APPROVE_AS_DIRECTOR_CSSM_ABSENT,
		APPROVE_AS_DIRECTOR_CSSM_IS_TARGET, APPROVE_AS_DIRECTOR_WITHOUT_REASON, APPROVE_AS_CRO, RECORD_CSSM_IS_TARGET,
		APPLY_RESTRICTIONS, DECLINE_AS_CSSM, DECLINE_AS_DIRECTOR_CSSM_IS_TARGET, DECLINE_WITHOUT_REASON, DECLINE_AS_CRO;

		void on(Entry entry) {
			switch (this) {
				case APPROVE_AS_CSSM -> entry.approve(new Approver("cssm-1", Roles.CSSM, null, null), NOW, TODAY);
				case APPROVE_AS_CSSM_CLAIMING_STAND_IN ->
					entry.approve(new Approver("cssm-1", Roles.CSSM, StandInReason.CSSM_ABSENT, null), NOW, TODAY);
				case APPROVE_AS_DIRECTOR_CSSM_ABSENT ->
					entry.approve(new Approver("ed-1", Roles.EXECUTIVE_DIRECTOR, StandInReason.CSSM_ABSENT, "on leave"),
							NOW, TODAY);
				case APPROVE_AS_DIRECTOR_CSSM_IS_TARGET -> entry.approve(
						new Approver("ed-1", Roles.EXECUTIVE_DIRECTOR, StandInReason.CSSM_IS_TARGET, null), NOW, TODAY);
				case APPROVE_AS_DIRECTOR_WITHOUT_REASON ->
					entry.approve(new Approver("ed-1", Roles.EXECUTIVE_DIRECTOR, null, null), NOW, TODAY);
				case APPROVE_AS_CRO -> entry.approve(new Approver("cro-1", Roles.CRO, null, null), NOW, TODAY);
				case RECORD_CSSM_IS_TARGET -> entry.recordCssmIsTarget();
				case APPLY_RESTRICTIONS -> entry.applyRestrictions("cro-1", NOW, TODAY);
				case DECLINE_AS_CSSM ->
					entry.decline(new Approver("cssm-1", Roles.CSSM, null, null), "not proportionate", NOW, TODAY);
				case DECLINE_AS_DIRECTOR_CSSM_IS_TARGET ->
					entry.decline(new Approver("ed-1", Roles.EXECUTIVE_DIRECTOR, StandInReason.CSSM_IS_TARGET, null),
							"not proportionate", NOW, TODAY);
				case DECLINE_WITHOUT_REASON ->
					entry.decline(new Approver("cssm-1", Roles.CSSM, null, null), " ", NOW, TODAY);
				case DECLINE_AS_CRO ->
					entry.decline(new Approver("cro-1", Roles.CRO, null, null), "not proportionate", NOW, TODAY);
			}
		}

	}

	@ParameterizedTest(name = "R7: {0} + {1} -> {2}")
	@CsvSource({
			// from, move, to (or the rule that refuses it)
			"NOT_REQUIRED, APPROVE_AS_CSSM, R7", "NOT_REQUIRED, APPROVE_AS_CSSM_CLAIMING_STAND_IN, R7",
			"NOT_REQUIRED, APPROVE_AS_DIRECTOR_CSSM_ABSENT, R7", "NOT_REQUIRED, APPROVE_AS_DIRECTOR_CSSM_IS_TARGET, R7",
			"NOT_REQUIRED, APPROVE_AS_DIRECTOR_WITHOUT_REASON, R7", "NOT_REQUIRED, APPROVE_AS_CRO, R7",
			"NOT_REQUIRED, RECORD_CSSM_IS_TARGET, R7", "NOT_REQUIRED, APPLY_RESTRICTIONS, NOT_REQUIRED",

			"AWAITING, APPROVE_AS_CSSM, APPROVED", "AWAITING, APPROVE_AS_CSSM_CLAIMING_STAND_IN, R7",
			"AWAITING, APPROVE_AS_DIRECTOR_CSSM_ABSENT, APPROVED",
			"AWAITING, APPROVE_AS_DIRECTOR_CSSM_IS_TARGET, APPROVED",
			"AWAITING, APPROVE_AS_DIRECTOR_WITHOUT_REASON, R7", "AWAITING, APPROVE_AS_CRO, R7",
			"AWAITING, RECORD_CSSM_IS_TARGET, AWAITING_CSSM_IS_TARGET", "AWAITING, APPLY_RESTRICTIONS, R7",

			"AWAITING_CSSM_IS_TARGET, APPROVE_AS_CSSM, R7",
			"AWAITING_CSSM_IS_TARGET, APPROVE_AS_CSSM_CLAIMING_STAND_IN, R7",
			"AWAITING_CSSM_IS_TARGET, APPROVE_AS_DIRECTOR_CSSM_ABSENT, APPROVED",
			"AWAITING_CSSM_IS_TARGET, APPROVE_AS_DIRECTOR_CSSM_IS_TARGET, APPROVED",
			"AWAITING_CSSM_IS_TARGET, APPROVE_AS_DIRECTOR_WITHOUT_REASON, R7",
			"AWAITING_CSSM_IS_TARGET, APPROVE_AS_CRO, R7",
			"AWAITING_CSSM_IS_TARGET, RECORD_CSSM_IS_TARGET, AWAITING_CSSM_IS_TARGET",
			"AWAITING_CSSM_IS_TARGET, APPLY_RESTRICTIONS, R7",

			"APPROVED, APPROVE_AS_CSSM, R7", "APPROVED, APPROVE_AS_CSSM_CLAIMING_STAND_IN, R7",
			"APPROVED, APPROVE_AS_DIRECTOR_CSSM_ABSENT, R7", "APPROVED, APPROVE_AS_DIRECTOR_CSSM_IS_TARGET, R7",
			"APPROVED, APPROVE_AS_DIRECTOR_WITHOUT_REASON, R7", "APPROVED, APPROVE_AS_CRO, R7",
			"APPROVED, RECORD_CSSM_IS_TARGET, R7", "APPROVED, APPLY_RESTRICTIONS, APPROVED",

			"NOT_REQUIRED, DECLINE_AS_CSSM, R7", "AWAITING, DECLINE_AS_CSSM, DECLINED",
			"AWAITING, DECLINE_AS_DIRECTOR_CSSM_IS_TARGET, DECLINED", "AWAITING, DECLINE_WITHOUT_REASON, R7",
			"AWAITING, DECLINE_AS_CRO, R7", "AWAITING_CSSM_IS_TARGET, DECLINE_AS_CSSM, R7",
			"AWAITING_CSSM_IS_TARGET, DECLINE_AS_DIRECTOR_CSSM_IS_TARGET, DECLINED", "APPROVED, DECLINE_AS_CSSM, R7",

			"DECLINED, DECLINE_AS_CSSM, R7", "DECLINED, DECLINE_AS_DIRECTOR_CSSM_IS_TARGET, R7",
			"DECLINED, APPROVE_AS_CSSM, R7", "DECLINED, APPROVE_AS_DIRECTOR_CSSM_ABSENT, R7",
			"DECLINED, RECORD_CSSM_IS_TARGET, R7", "DECLINED, APPLY_RESTRICTIONS, R4" })
	void transition(Standing from, Move move, String expected) {
		Entry entry = from.entry();
		if (expected.startsWith("R")) {
			EntryStatus statusBefore = entry.status();
			int eventsBefore = entry.recordedEvents().size();
			assertThatThrownBy(() -> move.on(entry)).isInstanceOfSatisfying(RuleViolation.class,
					(ex) -> assertThat(ex.rule()).isEqualTo(expected));
			// a refused move changes nothing
			assertThat(Standing.of(entry)).isEqualTo(from);
			assertThat(entry.status()).isEqualTo(statusBefore);
			assertThat(entry.recordedEvents()).hasSize(eventsBefore);
			assertThat(entry.restrictions()).isEmpty();
		}
		else {
			move.on(entry);
			assertThat(Standing.of(entry)).isEqualTo(Standing.valueOf(expected));
		}
	}

	@Test
	@DisplayName("R7: a complex entry opens awaiting approval: not in force, no markers, no letter; EntryOpened says approval is required")
	void complexEntryWaits() {
		Entry entry = EntryFixtures.awaitingApproval();
		assertThat(entry.status()).isEqualTo(EntryStatus.AWAITING_APPROVAL);
		assertThat(entry.approvalState()).isEqualTo(ApprovalState.AWAITING);
		assertThat(entry.recordedEvents()).singleElement()
			.isInstanceOfSatisfying(EntryEvents.Opened.class,
					(opened) -> assertThat(opened.approvalRequired()).isTrue());
		assertThat(entry.isExpiredOn(TODAY.plusYears(10))).isFalse();
	}

	@Test
	@DisplayName("R7, M1, R8: approval puts the entry in force: Approved with the role, markers, the inclusion letter; the stand-in reason is recorded")
	void approvalTakesEffect() {
		Entry entry = EntryFixtures.awaitingApproval();
		entry.approve(new Approver("ed-1", Roles.EXECUTIVE_DIRECTOR, StandInReason.CSSM_IS_TARGET, "CSSM threatened"),
				NOW, TODAY);
		assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
		assertThat(entry.cssmIsTarget()).isTrue();
		assertThat(entry.approval().approvedBy()).isEqualTo("ed-1");
		assertThat(entry.approval().standInReason()).isEqualTo(StandInReason.CSSM_IS_TARGET);
		assertThat(entry.approval().approvedAt()).isEqualTo(NOW);
		assertThat(entry.recordedEvents()).extracting((event) -> event.getClass().getSimpleName())
			.containsExactly("Opened", "Approved", "MarkerSet", "LetterRequested");
		assertThat(EntryFixtures.events(entry, EntryEvents.Approved.class)).singleElement()
			.extracting(EntryEvents.Approved::approverRole)
			.isEqualTo(Roles.EXECUTIVE_DIRECTOR);
		assertThat(EntryFixtures.events(entry, EntryEvents.LetterRequested.class)).singleElement()
			.extracting(EntryEvents.LetterRequested::kind)
			.isEqualTo(EntryEvents.LetterKind.RESTRICTION);
	}

	@Test
	@DisplayName("R7, R12: a declined entry never takes effect (no marker, no letter, only Declined), records who declined and why, "
			+ "and is purged 6 months on, as a removal")
	void declinedNeverTakesEffect() {
		Entry entry = EntryFixtures.awaitingApproval();
		entry.withholdNotice("police investigation under way", TODAY.plusWeeks(2), "cro-1", TODAY);
		entry.decline(new Approver("ed-1", Roles.EXECUTIVE_DIRECTOR, StandInReason.CSSM_ABSENT, "on leave"),
				"the incident does not justify an entry", NOW, TODAY);
		assertThat(entry.status()).isEqualTo(EntryStatus.DECLINED);
		assertThat(entry.approvalState()).isEqualTo(ApprovalState.DECLINED);
		assertThat(entry.approval().approvedBy()).isEqualTo("ed-1");
		assertThat(entry.declinedReason()).isEqualTo("the incident does not justify an entry");
		assertThat(entry.declinedOn()).isEqualTo(TODAY);
		assertThat(entry.purgeDue()).isEqualTo(TODAY.plus(Entry.RETENTION_AFTER_REMOVAL));
		assertThat(entry.noticeWithholding()).isNull();
		assertThat(entry.letters()).isEmpty();
		assertThat(entry.recordedEvents()).extracting((event) -> event.getClass().getSimpleName())
			.containsExactly("Opened", "NoticeWithheld", "Declined");
		assertThat(EntryFixtures.events(entry, EntryEvents.Declined.class)).singleElement()
			.isEqualTo(new EntryEvents.Declined(entry.id(), Roles.EXECUTIVE_DIRECTOR, entry.purgeDue()));
		assertThat(entry.isExpiredOn(TODAY.plusYears(10))).isFalse();

		LocalDate purgeDue = entry.purgeDue();
		assertThat(entry.isPurgeDue(purgeDue.minusDays(1))).isFalse();
		assertThatThrownBy(() -> entry.purge(purgeDue.minusDays(1))).isInstanceOfSatisfying(RuleViolation.class,
				(ex) -> assertThat(ex.rule()).isEqualTo("R12"));
		entry.purge(purgeDue);
		assertThat(EntryFixtures.events(entry, EntryEvents.Purged.class)).singleElement()
			.extracting(EntryEvents.Purged::removedInMonth)
			.isEqualTo(TODAY.withDayOfMonth(1));
	}

	@Test
	@DisplayName("R7, R3: the CSSM may alter a waiting entry's period (no extension, no letter); approval after the period ran out is refused")
	void periodWhileWaiting() {
		Entry entry = EntryFixtures.awaitingApproval();
		entry.setRestrictionPeriod(java.time.Period.ofYears(5), "CSSM recommends longer", "cssm-1", TODAY);
		assertThat(entry.recordedEvents()).noneMatch(EntryEvents.Extended.class::isInstance)
			.noneMatch(EntryEvents.LetterRequested.class::isInstance);
		Entry late = EntryFixtures.awaitingApproval();
		assertThatThrownBy(
				() -> late.approve(new Approver("cssm-1", Roles.CSSM, null, null), NOW, TODAY.plusYears(4).plusDays(1)))
			.isInstanceOfSatisfying(RuleViolation.class, (ex) -> assertThat(ex.rule()).isEqualTo("R3"));
		assertThat(late.status()).isEqualTo(EntryStatus.AWAITING_APPROVAL);
	}

	@Test
	@DisplayName("I6: a repeat incident links to an entry awaiting approval")
	void linkWhileWaiting() {
		Entry entry = EntryFixtures.awaitingApproval();
		entry.linkIncident(java.util.UUID.randomUUID(), IncidentType.VERBAL_ABUSE);
		assertThat(entry.incidentIds()).hasSize(2);
		assertThat(List.of(entry.status())).containsExactly(EntryStatus.AWAITING_APPROVAL);
	}

}
