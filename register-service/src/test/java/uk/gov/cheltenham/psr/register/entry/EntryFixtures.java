package uk.gov.cheltenham.psr.register.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.register.restriction.ComplaintCheck;
import uk.gov.cheltenham.psr.register.restriction.ComplaintStatus;
import uk.gov.cheltenham.psr.register.restriction.ReasonableAdjustments;
import uk.gov.cheltenham.psr.register.restriction.Restriction;
import uk.gov.cheltenham.psr.register.restriction.RestrictionKind;

/** Entries and decisions the R4–R8 tests start from. */
final class EntryFixtures {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	static final Restriction OFFICE_BAN = new Restriction(RestrictionKind.BANNED_FROM_OFFICES, List.of("housing"),
			false, null, null, null, null);

	private EntryFixtures() {
	}

	static Entry inForce() {
		return Entry.openFrom(incident(false), TODAY);
	}

	static Entry awaitingApproval() {
		return Entry.openFrom(incident(true), TODAY);
	}

	static ReviewedIncident incident(boolean approvalRequired) {
		return new ReviewedIncident(UUID.randomUUID(), EntryBasis.REGISTER_ENTRY, IncidentType.PHYSICAL_ASSAULT,
				List.of(new TeamReference("housing", "HSG-1")), approvalRequired);
	}

	/** Records both checks and proposes an office ban, ready to apply. */
	static void readyToApply(Entry entry) {
		entry.recordComplaintCheck(ComplaintCheck.record(ComplaintStatus.NO_COMPLAINT, null, "cro-1", NOW));
		entry.recordReasonableAdjustments(ReasonableAdjustments.record(false, null, "cro-1", NOW));
		entry.proposeRestrictions(List.of(OFFICE_BAN), "cro-1", NOW);
	}

	static <T> List<T> events(Entry entry, Class<T> type) {
		return entry.recordedEvents().stream().filter(type::isInstance).map(type::cast).toList();
	}

}
