package uk.gov.cheltenham.psr.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReminderPolicyTest {

	private static final LocalDate MEETING = LocalDate.of(2027, 3, 10);

	private final ReminderPolicy policy = new ReminderPolicy(14, 20, 5, 14, List.of(MEETING));

	private final UUID entryId = UUID.randomUUID();

	@Test
	@DisplayName("M4, R9: a review is reminded of from 14 days before its date to the CRO, and as overdue to the CSSM the day after")
	void reviewDueThenOverdue() {
		LocalDate due = LocalDate.of(2027, 5, 28);

		assertThat(this.policy.review(this.entryId, due, due.minusDays(15))).isEmpty();
		ReminderOccasion soon = this.policy.review(this.entryId, due, due.minusDays(14)).orElseThrow();
		assertThat(soon.kind()).isEqualTo(ReminderKind.REVIEW_DUE);
		assertThat(soon.role()).isEqualTo(StaffRole.CRO);
		assertThat(soon.subjectId()).isEqualTo(this.entryId.toString());
		assertThat(soon.dueDate()).isEqualTo(due);
		assertThat(soon.entryId()).isEqualTo(this.entryId);
		assertThat(this.policy.review(this.entryId, due, due)).get().isEqualTo(soon);

		ReminderOccasion overdue = this.policy.review(this.entryId, due, due.plusDays(1)).orElseThrow();
		assertThat(overdue.kind()).isEqualTo(ReminderKind.REVIEW_OVERDUE);
		assertThat(overdue.role()).isEqualTo(StaffRole.CSSM);
		assertThat(overdue.dueDate()).isEqualTo(due);
		assertThat(this.policy.review(this.entryId, due, due.plusDays(40))).get().isEqualTo(overdue);
		assertThat(this.policy.reviewsDueBy(due.minusDays(14))).isEqualTo(due);
	}

	@Test
	@DisplayName("M4, R11: an appeal is reminded of to the Executive Director once it has waited more than 20 days")
	void appealWaiting() {
		UUID appealId = UUID.randomUUID();
		Instant lodged = council(LocalDate.of(2027, 3, 1), LocalTime.of(16, 0));

		assertThat(this.policy.appeal(appealId, this.entryId, lodged, LocalDate.of(2027, 3, 21))).isEmpty();
		ReminderOccasion waiting = this.policy.appeal(appealId, this.entryId, lodged, LocalDate.of(2027, 3, 22))
			.orElseThrow();
		assertThat(waiting.kind()).isEqualTo(ReminderKind.APPEAL_WAITING);
		assertThat(waiting.role()).isEqualTo(StaffRole.EXECUTIVE_DIRECTOR);
		assertThat(waiting.subjectId()).isEqualTo(appealId.toString());
		assertThat(waiting.dueDate()).isEqualTo(LocalDate.of(2027, 3, 21));
		assertThat(waiting.body()).contains(appealId.toString(), this.entryId.toString(), "2027-03-01", "20 days");
		assertThat(lodged).isBefore(this.policy.waitingSinceBefore(LocalDate.of(2027, 3, 22)));
	}

	@Test
	@DisplayName("M4, I11: an incident reported on a Friday is reminded of to the managers on the Monday after next (5 working days, weekends excluded)")
	void incidentWaitingWorkingDays() {
		UUID incidentId = UUID.randomUUID();
		Instant friday = council(LocalDate.of(2027, 3, 5), LocalTime.of(17, 30));

		for (LocalDate day = LocalDate.of(2027, 3, 6); day.isBefore(LocalDate.of(2027, 3, 15)); day = day.plusDays(1)) {
			assertThat(this.policy.incident(incidentId, null, friday, day)).as(day.toString()).isEmpty();
		}
		ReminderOccasion waiting = this.policy.incident(incidentId, null, friday, LocalDate.of(2027, 3, 15))
			.orElseThrow();
		assertThat(waiting.kind()).isEqualTo(ReminderKind.INCIDENT_REVIEW_WAITING);
		assertThat(waiting.role()).isEqualTo(StaffRole.MANAGER);
		assertThat(waiting.dueDate()).as("the last day still on time").isEqualTo(LocalDate.of(2027, 3, 12));
		assertThat(waiting.entryId()).isNull();
		assertThat(waiting.body()).contains(incidentId.toString(), "2027-03-05", "5 working days");
		assertThat(friday).isBefore(this.policy.waitingSinceBefore(LocalDate.of(2027, 3, 15)));
	}

	@Test
	@DisplayName("M4, I11: an incident reported on a Wednesday is overdue on the Thursday of the next week")
	void incidentWaitingMidWeek() {
		Instant wednesday = council(LocalDate.of(2027, 3, 3), LocalTime.of(9, 0));

		assertThat(this.policy.incident(UUID.randomUUID(), null, wednesday, LocalDate.of(2027, 3, 10))).isEmpty();
		assertThat(this.policy.incident(UUID.randomUUID(), null, wednesday, LocalDate.of(2027, 3, 11))).isPresent();
	}

	@Test
	@DisplayName("M4, R10: the Governance Group agenda is reminded of from 14 days before each meeting to the meeting day, to the CRO")
	void governanceAgenda() {
		assertThat(this.policy.meetingsToPrepare(MEETING.minusDays(15))).isEmpty();
		assertThat(this.policy.meetingsToPrepare(MEETING.minusDays(14))).containsExactly(MEETING);
		assertThat(this.policy.meetingsToPrepare(MEETING)).containsExactly(MEETING);
		assertThat(this.policy.meetingsToPrepare(MEETING.plusDays(1))).isEmpty();

		UUID other = UUID.randomUUID();
		ReminderOccasion agenda = this.policy.agenda(MEETING, List.of(this.entryId, other));
		assertThat(agenda.kind()).isEqualTo(ReminderKind.GOVERNANCE_AGENDA);
		assertThat(agenda.role()).isEqualTo(StaffRole.CRO);
		assertThat(agenda.subjectId()).isEqualTo("2027-03-10");
		assertThat(agenda.entryId()).isNull();
		assertThat(agenda.body()).contains("2027-03-10", "entry " + this.entryId, "entry " + other);
		assertThat(this.policy.agenda(MEETING, List.of()).body()).contains("by the meeting: none");
	}

	@Test
	@DisplayName("M4, D1: every reminder text ends by sending the reader to the register")
	void textsSendTheReaderToTheRegister() {
		LocalDate day = LocalDate.of(2027, 3, 1);
		List<ReminderOccasion> all = List.of(ReminderOccasion.reviewDue(this.entryId, day),
				ReminderOccasion.reviewOverdue(this.entryId, day),
				ReminderOccasion.appealWaiting(UUID.randomUUID(), this.entryId, day, 20),
				ReminderOccasion.incidentReviewWaiting(UUID.randomUUID(), null, day, day.plusDays(7), 5),
				ReminderOccasion.governanceAgenda(day, 14, List.of(this.entryId)));
		for (ReminderOccasion occasion : all) {
			assertThat(occasion.body()).contains("consult the Personal Safety Register").doesNotContain("@");
			assertThat(occasion.subject()).startsWith("Personal Safety Register: ").doesNotContain("\n");
		}
	}

	@Test
	@DisplayName("M4: day counts out of range are refused at startup")
	void badSettingsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReminderPolicy(-1, 20, 5, 14, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReminderPolicy(14, 0, 5, 14, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReminderPolicy(14, 20, 0, 14, List.of()));
	}

	@Test
	@DisplayName("M4: every role needs a mailbox that is an address")
	void mailboxes() {
		Map<StaffRole, String> all = Map.of(StaffRole.CRO, "cro@council.example", StaffRole.CSSM,
				"cssm@council.example", StaffRole.EXECUTIVE_DIRECTOR, "ed@council.example", StaffRole.MANAGER,
				" managers@council.example ");

		assertThat(new ReminderMailboxes(all).of(StaffRole.MANAGER)).isEqualTo("managers@council.example");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReminderMailboxes(Map.of(StaffRole.CRO, "cro@council.example")))
			.withMessageContaining("CSSM");
		Map<StaffRole, String> broken = new java.util.EnumMap<>(all);
		broken.put(StaffRole.CSSM, "cssm@council.example\r\nBcc: x@y");
		assertThatIllegalArgumentException().isThrownBy(() -> new ReminderMailboxes(broken));
	}

	private static Instant council(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(ReminderPolicy.COUNCIL_ZONE).toInstant();
	}

}
