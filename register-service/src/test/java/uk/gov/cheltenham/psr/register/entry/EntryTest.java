package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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

	private static ReviewedIncident incident(EntryBasis basis, IncidentType type) {
		return new ReviewedIncident(UUID.randomUUID(), basis, type,
				List.of(new TeamReference("housing", "HSG-1"), new TeamReference("revenues", "REV-9")));
	}

}
