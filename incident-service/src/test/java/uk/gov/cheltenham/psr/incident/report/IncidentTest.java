package uk.gov.cheltenham.psr.incident.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.incident.review.ReviewDecision;
import uk.gov.cheltenham.psr.incident.review.ReviewOutcome;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	@Test
	@DisplayName("I9: the reporter, the affected person and a witness may not review")
	void involvedPeopleMayNotReview() {
		for (String involved : List.of("reporter", "affected", "witness")) {
			Incident incident = reported(IncidentType.PHYSICAL_ASSAULT);
			assertThatThrownBy(() -> incident.review(involved, registerEntry("assault"), NOW))
				.isInstanceOf(RuleViolation.class)
				.hasMessageContaining("involved");
		}
	}

	@Test
	@DisplayName("I9: an uninvolved manager's review is recorded once")
	void uninvolvedManagerReviews() {
		Incident incident = reported(IncidentType.PHYSICAL_ASSAULT);
		incident.review("manager", registerEntry("assault with injury"), NOW);
		assertThat(incident.status()).isEqualTo(IncidentStatus.REVIEWED);
		assertThatThrownBy(() -> incident.review("manager2", registerEntry("again"), NOW))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	@DisplayName("I10: the warning stage is bypassed only for violence or serious threats")
	void bypassOnlyForViolence() {
		Incident incident = reported(IncidentType.UNREASONABLY_PERSISTENT_CONTACT);
		assertThatThrownBy(() -> incident.review("manager", registerEntry("too many calls"), NOW))
			.isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).rule())
			.isEqualTo("I10");
	}

	@Test
	@DisplayName("I10: skipping the warning stage needs a recorded reason")
	void bypassNeedsReason() {
		Incident incident = reported(IncidentType.VERBAL_THREAT);
		assertThatThrownBy(() -> incident.review("manager", registerEntry(" "), NOW)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("reason");
	}

	@Test
	@DisplayName("I10: a warning letter needs no bypass reason")
	void warningLetter() {
		Incident incident = reported(IncidentType.VERBAL_ABUSE);
		incident.review("manager", new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, true, false, false), NOW);
		assertThat(incident.reviewOutcome()).isEqualTo(ReviewOutcome.WARNING_LETTER);
	}

	@Test
	@DisplayName("I1: an incident cannot be reported as happening in the future")
	void notInTheFuture() {
		assertThatThrownBy(
				() -> Incident.report(draft(IncidentType.VERBAL_ABUSE, NOW.plusSeconds(3600)), "reporter", NOW))
			.isInstanceOf(RuleViolation.class);
	}

	private static ReviewDecision registerEntry(String reason) {
		return new ReviewDecision(ReviewOutcome.REGISTER_ENTRY, reason, true, true, false);
	}

	private static Incident reported(IncidentType type) {
		return Incident.report(draft(type, NOW.minusSeconds(3600)), "reporter", NOW);
	}

	private static IncidentDraft draft(IncidentType type, Instant occurredAt) {
		return new IncidentDraft("affected", null, occurredAt, "Municipal Offices", Channel.IN_PERSON, "housing", type,
				null, "what happened", List.of(new CustomerReference("housing", "HSG-1")), Set.of("witness"), null);
	}

}
