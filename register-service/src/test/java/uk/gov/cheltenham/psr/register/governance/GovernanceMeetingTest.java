package uk.gov.cheltenham.psr.register.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.cheltenham.psr.platform.domain.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cheltenham.psr.register.RuleAssertions.assertRule;

class GovernanceMeetingTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static final LocalDate MEETING_DAY = LocalDate.of(2027, 1, 20);

	@ParameterizedTest(name = "R10: {0} is in {1}")
	@CsvSource({ "2027-01-01, 2027-Q1", "2027-03-31, 2027-Q1", "2027-04-01, 2027-Q2", "2027-12-31, 2027-Q4" })
	void quarters(LocalDate day, String quarter) {
		assertThat(GovernanceMeeting.quarterOf(day)).isEqualTo(quarter);
	}

	@Test
	@DisplayName("R10: the Group meets quarterly: one meeting per quarter, scheduled for today or later")
	void quarterly() {
		assertRule("R10", () -> GovernanceMeeting.schedule(MEETING_DAY, true, "cro-1", TODAY));
		assertRule("R10", () -> GovernanceMeeting.schedule(TODAY.minusDays(1), false, "cro-1", TODAY));
		GovernanceMeeting meeting = GovernanceMeeting.schedule(MEETING_DAY, false, "cro-1", TODAY);
		assertThat(meeting.quarter()).isEqualTo("2027-Q1");
	}

	@Test
	@DisplayName("R10: compiling again adds only what is new; a past meeting's agenda no longer changes")
	void compileAgenda() {
		GovernanceMeeting meeting = GovernanceMeeting.schedule(MEETING_DAY, false, "cro-1", TODAY);
		AgendaCandidate review = candidate(AgendaItemKind.REVIEW_OUTCOME);
		AgendaCandidate due = candidate(AgendaItemKind.REVIEW_DUE);
		meeting.compileAgenda(List.of(review, due), TODAY);
		meeting.compileAgenda(List.of(review, due, candidate(AgendaItemKind.APPEAL)), TODAY.plusDays(7));
		assertThat(meeting.items()).extracting(AgendaItem::kind)
			.containsExactly(AgendaItemKind.REVIEW_OUTCOME, AgendaItemKind.REVIEW_DUE, AgendaItemKind.APPEAL);
		assertThat(meeting.agendaCompiledOn()).isEqualTo(TODAY.plusDays(7));
		assertRule("R10",
				() -> meeting.compileAgenda(List.of(candidate(AgendaItemKind.EXTENSION)), MEETING_DAY.plusDays(1)));
		assertThat(meeting.items()).hasSize(3);
	}

	/** Every kind of item against every decision, before, at and after the meeting. */
	@ParameterizedTest(name = "R10: {0} {1} -> {2}")
	@CsvSource({ "REVIEW_OUTCOME, APPROVED, ok", "REVIEW_OUTCOME, REJECTED, ok", "REVIEW_OUTCOME, NOTED, R10",
			"REMOVAL, APPROVED, ok", "REMOVAL, REJECTED, ok", "REMOVAL, NOTED, R10", "REVIEW_DUE, NOTED, ok",
			"REVIEW_DUE, APPROVED, R10", "APPEAL, NOTED, ok", "APPEAL, REJECTED, R10", "EXTENSION, NOTED, ok",
			"EXTENSION, APPROVED, R10" })
	void decisionsFitTheItem(AgendaItemKind kind, GovernanceDecision decision, String expected) {
		GovernanceMeeting meeting = GovernanceMeeting.schedule(MEETING_DAY, false, "cro-1", TODAY);
		meeting.compileAgenda(List.of(candidate(kind)), TODAY);
		UUID itemId = meeting.items().get(0).id();
		if ("ok".equals(expected)) {
			AgendaItem item = meeting.decide(itemId, decision, "minuted", "gov-1", MEETING_DAY);
			assertThat(item.decision()).isEqualTo(decision);
			assertThat(item.decidedBy()).isEqualTo("gov-1");
			assertThat(item.decidedOn()).isEqualTo(MEETING_DAY);
		}
		else {
			assertRule(expected, () -> meeting.decide(itemId, decision, "minuted", "gov-1", MEETING_DAY));
			assertThat(meeting.items().get(0).isDecided()).isFalse();
		}
	}

	@Test
	@DisplayName("R10: decisions are recorded at or after the meeting, once per item; an unknown item is not found")
	void decideOnceAtTheMeeting() {
		GovernanceMeeting meeting = GovernanceMeeting.schedule(MEETING_DAY, false, "cro-1", TODAY);
		meeting.compileAgenda(List.of(candidate(AgendaItemKind.REMOVAL)), TODAY);
		UUID itemId = meeting.items().get(0).id();
		assertRule("R10",
				() -> meeting.decide(itemId, GovernanceDecision.APPROVED, "m", "gov-1", MEETING_DAY.minusDays(1)));
		meeting.decide(itemId, GovernanceDecision.APPROVED, "m", "gov-1", MEETING_DAY.plusDays(1));
		assertRule("R10", () -> meeting.decide(itemId, GovernanceDecision.REJECTED, "m", "gov-2", MEETING_DAY));
		assertThat(meeting.items().get(0).decision()).isEqualTo(GovernanceDecision.APPROVED);
		assertThatThrownBy(
				() -> meeting.decide(UUID.randomUUID(), GovernanceDecision.APPROVED, "m", "gov-1", MEETING_DAY))
			.isInstanceOf(NotFound.class);
	}

	private static AgendaCandidate candidate(AgendaItemKind kind) {
		return new AgendaCandidate(kind, UUID.randomUUID(), UUID.randomUUID());
	}

}
