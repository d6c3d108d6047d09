package uk.gov.cheltenham.psr.register.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.register.entry.IncidentType;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerRecordTest {

	private static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");

	@Test
	@DisplayName("R2: a fetched name fills the record; a report without a name keeps the known one")
	void fetchedName() {
		CustomerRecord record = CustomerRecord.forEntry(UUID.randomUUID());
		record.takeFetched(fetched("Alex Example"), NOW);
		assertThat(record.customerName()).isEqualTo("Alex Example");
		record.takeFetched(fetched(null), NOW);
		assertThat(record.customerName()).isEqualTo("Alex Example");
		assertThat(record.fetchedAt()).isEqualTo(NOW);
	}

	@Test
	@DisplayName("R2, D3: the CRO's correction replaces the record, names the changed fields, and a later report does not overwrite it")
	void correction() {
		CustomerRecord record = CustomerRecord.forEntry(UUID.randomUUID());
		record.takeFetched(fetched("Alex Exmaple"), NOW);
		List<String> changed = record.correct(new CustomerCorrection("Alex Example",
				List.of("1 High Street", " ", "GL50 1AA"), "alex@example.org", null, LocalDate.of(1980, 1, 2)), "cro-1",
				NOW);
		assertThat(changed).containsExactly("customerName", "address", "email", "dateOfBirth");
		assertThat(record.addressLines()).containsExactly("1 High Street", "GL50 1AA");
		assertThat(record.contactDetails()).containsExactly("Email: alex@example.org");
		assertThat(record.correctedBy()).isEqualTo("cro-1");
		record.takeFetched(fetched("Alex Exmaple"), NOW);
		assertThat(record.customerName()).isEqualTo("Alex Example");
	}

	private static FetchedCustomer fetched(String name) {
		return new FetchedCustomer(UUID.randomUUID(), name, List.of(), IncidentType.VERBAL_ABUSE, NOW, "Housing");
	}

	@Test
	@DisplayName("I8: reported contact details replace what was held, the postcode ends the address, and what was left out stays")
	void reportedContactDetails() {
		CustomerRecord record = CustomerRecord.forEntry(UUID.randomUUID());
		record.takeContactDetails(new ReportedContactDetails(null, null, "01632 960 000", null), Instant.now());
		List<String> changed = record.takeContactDetails(
				new ReportedContactDetails("Flat 2, 14 Example Road, Cheltenham", "GL50 9SA", null, " jo@example.org "),
				Instant.now());
		assertThat(changed).containsExactly("address", "email");
		assertThat(record.addressLines()).containsExactly("Flat 2", "14 Example Road", "Cheltenham", "GL50 9SA");
		assertThat(record.phone()).isEqualTo("01632 960 000");
		assertThat(record.email()).isEqualTo("jo@example.org");
	}

}
