package uk.gov.cheltenham.psr.register.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.register.customer.CustomerCorrection;
import uk.gov.cheltenham.psr.register.customer.CustomerRecord;
import uk.gov.cheltenham.psr.register.customer.IncidentFacts.IncidentFact;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryBasis;
import uk.gov.cheltenham.psr.register.entry.IncidentType;
import uk.gov.cheltenham.psr.register.entry.ReviewedIncident;
import uk.gov.cheltenham.psr.register.entry.TeamReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedFieldTest {

	@Test
	@DisplayName("P1: the field names are those of partner-sync-service's RegisterField")
	void sameNamesAsPartnerSync() {
		assertThat(SharedField.names()).containsExactly("entryId", "customerName", "address", "contactDetails",
				"dateOfBirth", "customerReferences", "incidents", "reasons", "cautions", "restrictions",
				"restrictionPeriod", "expiresOn", "reviewDue", "status", "notes", "purgeDue");
	}

	@Test
	@DisplayName("P1: an unknown field name is refused, naming it")
	void unknownName() {
		assertThatThrownBy(() -> SharedField.named("nationalInsuranceNumber")).isInstanceOf(UnknownField.class)
			.hasMessageContaining("nationalInsuranceNumber");
	}

	@Test
	@DisplayName("R2, P1: values come from the entry and its customer record; unknown ones are null")
	void values() {
		Entry entry = Entry.openFrom(new ReviewedIncident(UUID.randomUUID(), EntryBasis.REGISTER_ENTRY,
				IncidentType.VERBAL_THREAT, List.of(new TeamReference("housing", "HSG-1"))),
				LocalDate.of(2026, 11, 28));
		CustomerRecord customer = CustomerRecord.forEntry(entry.id());
		customer.correct(new CustomerCorrection("Alex Example", List.of("1 High Street"), null, "01242 000000", null),
				"cro-1", Instant.now());
		EntryFacts facts = new EntryFacts(entry, customer, List.of(), List.of("Visit in pairs"));
		assertThat(SharedField.named("customerName").valueOf(facts)).isEqualTo("Alex Example");
		assertThat(SharedField.named("contactDetails").valueOf(facts)).isEqualTo(List.of("Phone: 01242 000000"));
		assertThat(SharedField.named("dateOfBirth").valueOf(facts)).isNull();
		assertThat(SharedField.named("customerReferences").valueOf(facts)).isEqualTo(List.of("housing:HSG-1"));
		assertThat(SharedField.named("expiresOn").valueOf(facts)).isEqualTo("2027-11-28");
		assertThat(SharedField.named("cautions").valueOf(facts)).isEqualTo(List.of("Visit in pairs"));
		assertThat(SharedField.named("incidents").valueOf(facts)).isEqualTo(List.of("An incident of verbal threat"));
	}

	@Test
	@DisplayName("L2: incidents are plain lines with the day and service area once incident-service's facts are in")
	void incidentLines() {
		UUID incidentId = UUID.randomUUID();
		Entry entry = Entry.openFrom(
				new ReviewedIncident(incidentId, EntryBasis.REGISTER_ENTRY, IncidentType.PHYSICAL_ASSAULT, List.of()),
				LocalDate.of(2026, 11, 28));
		EntryFacts facts = new EntryFacts(entry, null, List.of(new IncidentFact(incidentId,
				IncidentType.PHYSICAL_ASSAULT, Instant.parse("2026-11-27T10:00:00Z"), "Housing")), List.of());
		assertThat(facts.incidentLines()).containsExactly("27 November 2026, Housing: physical assault");
		assertThat(facts.reasons()).doesNotContain("null");
	}

}
