package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryLinkTest {

	private static final LocalDate OPENED = LocalDate.of(2026, 11, 28);

	private static final TeamReference HOUSING = new TeamReference("housing", "HSG-1");

	@Test
	@DisplayName("I6: a repeat incident joins the entry as evidence; a period no longer than the current one changes nothing")
	void repeatIncidentJoins() {
		Entry entry = opened(IncidentType.PHYSICAL_ASSAULT);
		int before = entry.recordedEvents().size();
		UUID repeat = UUID.randomUUID();
		entry.linkReviewedIncident(incident(repeat, EntryBasis.REGISTER_ENTRY, IncidentType.VERBAL_ABUSE, HOUSING),
				OPENED.plusMonths(2));
		assertThat(entry.incidentIds()).contains(repeat).hasSize(2);
		assertThat(entry.expiresOn()).isEqualTo(OPENED.plusYears(4));
		assertThat(eventsSince(entry, before)).containsExactly(new EntryEvents.IncidentLinked(entry.id(), repeat));
	}

	@Test
	@DisplayName("I6: a repeat incident reviewed without action (no further action, informal action) joins as evidence only: "
			+ "period, basis and the types that set the period are unchanged, no letter; linking it twice changes nothing")
	void noActionRepeatJoinsAsEvidence() {
		Entry entry = Entry.openFrom(
				incident(UUID.randomUUID(), EntryBasis.WARNING_LETTER, IncidentType.VERBAL_ABUSE, HOUSING), OPENED);
		int before = entry.recordedEvents().size();
		UUID repeat = UUID.randomUUID();
		entry.linkAsEvidence(repeat);
		entry.linkAsEvidence(repeat);
		assertThat(entry.incidentIds()).contains(repeat).hasSize(2);
		assertThat(entry.basis()).isEqualTo(EntryBasis.WARNING_LETTER);
		assertThat(entry.expiresOn()).isEqualTo(OPENED.plusMonths(6));
		assertThat(entry.incidentTypes()).containsExactly(IncidentType.VERBAL_ABUSE);
		assertThat(eventsSince(entry, before)).containsExactly(new EntryEvents.IncidentLinked(entry.id(), repeat));
	}

	@Test
	@DisplayName("I7: a reported breach is known as one once its incident is linked to the entry; other linked incidents are not breaches")
	void breachesKnown() {
		Entry entry = opened(IncidentType.VERBAL_ABUSE);
		UUID breach = UUID.randomUUID();
		UUID repeat = UUID.randomUUID();
		entry.recordBreachReport(breach);
		entry.recordBreachReport(breach);
		assertThat(entry.linkedBreaches()).isEmpty();
		entry.linkReviewedIncident(incident(breach, EntryBasis.REGISTER_ENTRY, IncidentType.VERBAL_ABUSE, HOUSING),
				OPENED.plusMonths(1));
		entry.linkAsEvidence(repeat);
		assertThat(entry.linkedBreaches()).containsExactly(breach);
	}

	@Test
	@DisplayName("I7, R3: a breach of a longer period type extends the entry to the longest, counted from today when that ends later, and asks for an extension letter")
	void breachExtends() {
		Entry entry = opened(IncidentType.VERBAL_ABUSE);
		int before = entry.recordedEvents().size();
		LocalDate breachDay = OPENED.plusMonths(10);
		entry.linkReviewedIncident(incident(UUID.randomUUID(), EntryBasis.REGISTER_ENTRY,
				IncidentType.PHYSICAL_VIOLENCE_NO_INJURY, HOUSING), breachDay);
		assertThat(entry.expiresOn()).isEqualTo(breachDay.plusYears(2));
		assertThat(entry.restrictionPeriod().toString()).isEqualTo("P2Y10M");
		assertThat(entry.reviewDue()).isEqualTo(OPENED.plusMonths(6));
		assertThat(eventsSince(entry, before)).anyMatch(EntryEvents.Extended.class::isInstance);
		assertThat(eventsSince(entry, before)).filteredOn(EntryEvents.LetterRequested.class::isInstance)
			.extracting((event) -> ((EntryEvents.LetterRequested) event).kind())
			.containsExactly(EntryEvents.LetterKind.EXTENSION);
	}

	@Test
	@DisplayName("R3: with several incidents the longest applies from the opening when that ends later")
	void longestFromOpening() {
		Entry entry = opened(IncidentType.VERBAL_ABUSE);
		entry.linkReviewedIncident(
				incident(UUID.randomUUID(), EntryBasis.REGISTER_ENTRY, IncidentType.PHYSICAL_ASSAULT, HOUSING), OPENED);
		assertThat(entry.expiresOn()).isEqualTo(OPENED.plusYears(4));
		assertThat(entry.restrictionPeriod().toString()).isEqualTo("P4Y");
	}

	@Test
	@DisplayName("I7, R8: a register-entry outcome linked to a warning-letter entry makes it a register entry and asks for a restriction letter")
	void warningBecomesRestriction() {
		Entry entry = Entry.openFrom(
				incident(UUID.randomUUID(), EntryBasis.WARNING_LETTER, IncidentType.VERBAL_ABUSE, HOUSING), OPENED);
		entry.linkReviewedIncident(
				incident(UUID.randomUUID(), EntryBasis.REGISTER_ENTRY, IncidentType.VERBAL_THREAT, HOUSING),
				OPENED.plusMonths(1));
		assertThat(entry.basis()).isEqualTo(EntryBasis.REGISTER_ENTRY);
		assertThat(entry.expiresOn()).isEqualTo(OPENED.plusMonths(1).plusYears(1));
		assertThat(entry.recordedEvents()).filteredOn(EntryEvents.LetterRequested.class::isInstance)
			.extracting((event) -> ((EntryEvents.LetterRequested) event).kind())
			.containsExactly(EntryEvents.LetterKind.WARNING, EntryEvents.LetterKind.RESTRICTION);
	}

	@Test
	@DisplayName("M1: a team reference new to the entry gets a marker; a known one does not")
	void newReferencesGetMarkers() {
		Entry entry = opened(IncidentType.PHYSICAL_ASSAULT);
		int before = entry.recordedEvents().size();
		TeamReference council = new TeamReference("council-tax", "CT-9");
		entry.addCustomerReferences(List.of(HOUSING, council));
		assertThat(entry.teamReferences()).containsExactly(HOUSING, council);
		assertThat(eventsSince(entry, before)).containsExactly(new EntryEvents.MarkerSet(entry.id(), council));
	}

	@Test
	@DisplayName("I6: an incident cannot join an entry that is no longer active")
	void inactiveEntryRefuses() {
		Entry entry = opened(IncidentType.VERBAL_ABUSE);
		entry.expire(OPENED.plusYears(1));
		assertThatThrownBy(() -> entry.linkReviewedIncident(
				incident(UUID.randomUUID(), EntryBasis.REGISTER_ENTRY, IncidentType.VERBAL_ABUSE, HOUSING),
				OPENED.plusYears(1)))
			.isInstanceOfSatisfying(RuleViolation.class, (violation) -> assertThat(violation.rule()).isEqualTo("I6"));
	}

	private static List<Object> eventsSince(Entry entry, int before) {
		List<Object> events = entry.recordedEvents();
		return events.subList(before, events.size());
	}

	private static Entry opened(IncidentType type) {
		return Entry.openFrom(incident(UUID.randomUUID(), EntryBasis.REGISTER_ENTRY, type, HOUSING), OPENED);
	}

	private static ReviewedIncident incident(UUID id, EntryBasis basis, IncidentType type, TeamReference reference) {
		return new ReviewedIncident(id, basis, type, List.of(reference));
	}

}
