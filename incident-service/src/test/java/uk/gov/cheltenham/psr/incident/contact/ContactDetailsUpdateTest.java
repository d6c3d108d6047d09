package uk.gov.cheltenham.psr.incident.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.incident.report.CustomerReference;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactDetailsUpdateTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private static final UUID ENTRY = UUID.randomUUID();

	private static final Predicate<UUID> ON_REGISTER = ENTRY::equals;

	@Test
	@DisplayName("I8: a team reports a registered customer's new contact details; the event carries ids only")
	void reported() {
		ContactDetailsUpdate update = ContactDetailsUpdate.report(draft(ENTRY, null, "01242 000000", null, null),
				"rep-1", NOW, ON_REGISTER);
		assertThat(update.entryId()).isEqualTo(ENTRY);
		assertThat(update.phone()).isEqualTo("01242 000000");
		assertThat(update.wasReportedBy("rep-1")).isTrue();
		assertThat(update.wasReportedBy("rep-2")).isFalse();
		assertThat(ContactDetailsUpdateReportedEvent.class.getRecordComponents())
			.extracting((component) -> component.getName())
			.containsExactly("updateId", "entryId", "reportedAt");
	}

	@Test
	@DisplayName("I8: an update that changes nothing, lies in the future or is for a customer not on the register is refused")
	void refused() {
		assertRefused(draft(ENTRY, null, null, null, null), "at least one");
		assertRefused(draft(ENTRY, "1 New Street", null, null, LocalDate.parse("2026-11-29")), "future");
		assertRefused(draft(UUID.randomUUID(), "1 New Street", null, null, null), "not on the register");
	}

	private static void assertRefused(ContactDetailsDraft draft, String message) {
		assertThatThrownBy(() -> ContactDetailsUpdate.report(draft, "rep-1", NOW, ON_REGISTER))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining(message)
			.extracting((ex) -> ((RuleViolation) ex).rule())
			.isEqualTo("I8");
	}

	private static ContactDetailsDraft draft(UUID entryId, String address, String phone, String email,
			LocalDate changedOn) {
		return new ContactDetailsDraft(entryId, "housing", new CustomerReference("housing", "HSG-1"), address, null,
				phone, email, changedOn);
	}

}
