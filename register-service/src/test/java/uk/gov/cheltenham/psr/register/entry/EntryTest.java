package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@ParameterizedTest(name = "R3: {0} sets {1}")
	@CsvSource({ "UNREASONABLY_PERSISTENT_CONTACT, P1Y", "PERSONAL_CIRCUMSTANCES, P1Y", "VERBAL_ABUSE, P1Y",
			"VERBAL_THREAT, P1Y", "PHYSICAL_VIOLENCE_NO_INJURY, P2Y", "PHYSICAL_ASSAULT, P4Y" })
	void restrictionPeriodByIncidentType(IncidentType type, String period) {
		assertThat(RestrictionPeriods.periodFor(EntryBasis.REGISTER_ENTRY, List.of(type)))
			.isEqualTo(Period.parse(period));
	}

	@Test
	@DisplayName("R3: with several incidents the longest period applies")
	void longestPeriodWins() {
		assertThat(RestrictionPeriods.periodFor(EntryBasis.REGISTER_ENTRY,
				List.of(IncidentType.VERBAL_ABUSE, IncidentType.PHYSICAL_ASSAULT, IncidentType.VERBAL_THREAT)))
			.isEqualTo(Period.ofYears(4));
	}

	@Test
	@DisplayName("R3: a warning letter keeps the customer on the register for 6 months")
	void warningLetterPeriod() {
		Entry entry = Entry.openFrom(incident(EntryBasis.WARNING_LETTER, IncidentType.VERBAL_ABUSE), TODAY);
		assertThat(entry.restrictionPeriod()).isEqualTo(Period.ofMonths(6));
		assertThat(entry.expiresOn()).isEqualTo(LocalDate.of(2027, 5, 28));
	}

	@Test
	@DisplayName("R9: the first review is due at most 6 months ahead")
	void reviewWithinSixMonths() {
		Entry entry = Entry.openFrom(incident(EntryBasis.REGISTER_ENTRY, IncidentType.PHYSICAL_ASSAULT), TODAY);
		assertThat(entry.expiresOn()).isEqualTo(LocalDate.of(2030, 11, 28));
		assertThat(entry.reviewDue()).isEqualTo(LocalDate.of(2027, 5, 28));
	}

	@Test
	@DisplayName("M1, R8: opening an entry sets a marker per team reference and asks for a letter")
	void openingRegistersMarkersAndLetter() {
		Entry entry = Entry.openFrom(incident(EntryBasis.REGISTER_ENTRY, IncidentType.PHYSICAL_ASSAULT), TODAY);
		assertThat(entry.recordedEvents()).hasSize(4);
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.MarkerSet.class::isInstance).hasSize(2);
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.LetterRequested.class::isInstance)
			.singleElement()
			.extracting((event) -> ((EntryEvents.LetterRequested) event).kind())
			.isEqualTo(EntryEvents.LetterKind.RESTRICTION);
	}

	@Test
	@DisplayName("R10, R12: a removal decision leaves the entry in force until Governance approves it")
	void removalDecisionAwaitsApproval() {
		Entry entry = opened();
		entry.decideRemoval(TODAY);
		assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
		assertThat(entry.removalDecidedOn()).isEqualTo(TODAY);
		assertThat(entry.recordedEvents()).noneMatch(EntryEvents.Removed.class::isInstance);
	}

	@Test
	@DisplayName("R12, M2, R8: approved removal withdraws every marker, is kept 6 months and asks for a removal letter")
	void approvedRemoval() {
		Entry entry = opened();
		entry.decideRemoval(TODAY);
		entry.approveRemoval(TODAY.plusDays(3));
		assertThat(entry.status()).isEqualTo(EntryStatus.REMOVED);
		assertThat(entry.purgeDue()).isEqualTo(LocalDate.of(2027, 6, 1));
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.MarkerWithdrawn.class::isInstance)
			.extracting((event) -> ((EntryEvents.MarkerWithdrawn) event).reference())
			.containsExactlyInAnyOrderElementsOf(entry.teamReferences());
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.Removed.class::isInstance).hasSize(1);
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.LetterRequested.class::isInstance)
			.extracting((event) -> ((EntryEvents.LetterRequested) event).kind())
			.contains(EntryEvents.LetterKind.REMOVAL);
	}

	@Test
	@DisplayName("R10: approving a removal nobody decided is refused")
	void approveWithoutDecision() {
		Entry entry = opened();
		assertThatThrownBy(() -> entry.approveRemoval(TODAY)).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).rule())
			.isEqualTo("R10");
		assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
	}

	@Test
	@DisplayName("R12: deciding a removal twice, or removing a removed entry, is refused")
	void removeTwice() {
		Entry entry = opened();
		entry.decideRemoval(TODAY);
		assertThatThrownBy(() -> entry.decideRemoval(TODAY)).isInstanceOf(RuleViolation.class);
		entry.approveRemoval(TODAY);
		assertThatThrownBy(() -> entry.decideRemoval(TODAY)).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> entry.approveRemoval(TODAY)).isInstanceOf(RuleViolation.class);
	}

	@Test
	@DisplayName("R12: an entry is purged only once 6 months have passed since its removal")
	void purgeOnlyAfterSixMonths() {
		Entry entry = opened();
		assertThat(entry.isPurgeDue(TODAY.plusYears(10))).isFalse();
		entry.decideRemoval(TODAY);
		entry.approveRemoval(TODAY);
		LocalDate dayBefore = TODAY.plusMonths(6).minusDays(1);
		assertThat(entry.isPurgeDue(dayBefore)).isFalse();
		assertThatThrownBy(() -> entry.purge(dayBefore)).isInstanceOf(RuleViolation.class);
		entry.purge(TODAY.plusMonths(6));
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.Purged.class::isInstance)
			.singleElement()
			.isEqualTo(new EntryEvents.Purged(entry.id(), EntryBasis.REGISTER_ENTRY, LocalDate.of(2026, 11, 1)));
	}

	@Test
	@DisplayName("R3: the CSSM may set another period with a recorded reason; a longer one is an extension with a letter")
	void cssmSetsAnotherPeriod() {
		Entry entry = opened();
		entry.setRestrictionPeriod(Period.parse("P5Y"), "repeated threats to staff", "cssm-1", TODAY.plusMonths(1));
		assertThat(entry.restrictionPeriod()).isEqualTo(Period.ofYears(5));
		assertThat(entry.expiresOn()).isEqualTo(LocalDate.of(2031, 11, 28));
		assertThat(entry.periodReason()).isEqualTo("repeated threats to staff");
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.Extended.class::isInstance).hasSize(1);
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.LetterRequested.class::isInstance)
			.extracting((event) -> ((EntryEvents.LetterRequested) event).kind())
			.contains(EntryEvents.LetterKind.EXTENSION);
	}

	@Test
	@DisplayName("R3: a shorter period pulls the review in; no reason, or a period already over, is refused")
	void shorterPeriodAndRefusals() {
		Entry entry = opened();
		assertThatThrownBy(() -> entry.setRestrictionPeriod(Period.ofMonths(18), " ", "cssm-1", TODAY))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> entry.setRestrictionPeriod(Period.ofMonths(1), "ok", "cssm-1", TODAY.plusMonths(2)))
			.isInstanceOf(RuleViolation.class);
		entry.setRestrictionPeriod(Period.ofMonths(3), "behaviour improved", "cssm-1", TODAY);
		assertThat(entry.expiresOn()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(entry.reviewDue()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(entry.recordedEvents()).noneMatch(EntryEvents.Extended.class::isInstance);
	}

	@Test
	@DisplayName("R3, M2: an entry past expiry without a re-decision expires and its markers are withdrawn")
	void expiry() {
		Entry entry = opened();
		assertThat(entry.isExpiredOn(LocalDate.of(2030, 11, 27))).isFalse();
		assertThatThrownBy(() -> entry.expire(LocalDate.of(2030, 11, 27))).isInstanceOf(RuleViolation.class);
		entry.expire(LocalDate.of(2030, 11, 28));
		assertThat(entry.status()).isEqualTo(EntryStatus.EXPIRED);
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.MarkerWithdrawn.class::isInstance).hasSize(2);
		assertThatThrownBy(() -> entry.setRestrictionPeriod(Period.ofYears(9), "late", "cssm-1", TODAY))
			.isInstanceOf(RuleViolation.class);
	}

	private static Entry opened() {
		return Entry.openFrom(incident(EntryBasis.REGISTER_ENTRY, IncidentType.PHYSICAL_ASSAULT), TODAY);
	}

	private static ReviewedIncident incident(EntryBasis basis, IncidentType type) {
		return new ReviewedIncident(UUID.randomUUID(), basis, type,
				List.of(new TeamReference("housing", "HSG-1"), new TeamReference("revenues", "REV-9")));
	}

}
