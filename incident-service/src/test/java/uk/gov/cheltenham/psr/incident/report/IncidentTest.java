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

	@Test
	@DisplayName("Idempotent submission: the fingerprint ignores the order of sets and tells different reports apart")
	void fingerprint() {
		IncidentDraft draft = draft(IncidentType.VERBAL_ABUSE, NOW);
		IncidentDraft sameReportOtherOrder = new IncidentDraft("affected", null, NOW, "Municipal Offices",
				Channel.IN_PERSON, "housing", IncidentType.VERBAL_ABUSE, null, "what happened",
				List.of(new CustomerReference("housing", "HSG-1")), new java.util.LinkedHashSet<>(List.of("witness")),
				null, null);
		assertThat(sameReportOtherOrder.fingerprint()).isEqualTo(draft.fingerprint());
		assertThat(draft(IncidentType.VERBAL_THREAT, NOW).fingerprint()).isNotEqualTo(draft.fingerprint());
	}

	@Test
	@DisplayName("I3: a report submitted on a colleague's behalf records both, and neither may review it")
	void reportedOnBehalf() {
		Incident incident = Incident.report(draft("offline-officer", null), "submitter", NOW);
		assertThat(incident.reportedBy()).isEqualTo("submitter");
		assertThat(incident.reportedOnBehalfOf()).isEqualTo("offline-officer");
		assertThat(incident.wasReportedBy("offline-officer")).isTrue();
		assertThat(incident.wasReportedBy("submitter")).isTrue();
		for (String reporter : List.of("submitter", "offline-officer")) {
			assertThatThrownBy(() -> incident.review(reporter,
					new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, false, false, false), NOW))
				.isInstanceOf(RuleViolation.class);
		}
	}

	@Test
	@DisplayName("I4: a police report without the lawful condition is refused; with it, the incident is marked and published as third-party")
	void policeReportNeedsLawfulCondition() {
		assertThatThrownBy(() -> Incident.report(
				draft(null, new ThirdPartyReport(ThirdPartyAgency.POLICE, "PC Smith", "GLOS-1", " ")), "reporter", NOW))
			.isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).rule())
			.isEqualTo("I4");

		Incident police = Incident.report(draft(null, new ThirdPartyReport(ThirdPartyAgency.POLICE, "PC Smith",
				"GLOS-1", "DPA 2018 Sch 1 para 10: preventing or detecting unlawful acts")), "reporter", NOW);
		assertThat(police.isThirdPartyReport()).isTrue();
		assertThat(publishedAsThirdParty(police)).isTrue();
	}

	@Test
	@DisplayName("I4: another agency's report needs no lawful condition; an ordinary report is not third-party")
	void otherAgency() {
		Incident agency = Incident.report(
				draft(null, new ThirdPartyReport(ThirdPartyAgency.PROBATION, "J Bloggs", "PRB-9", null)), "reporter",
				NOW);
		assertThat(agency.isThirdPartyReport()).isTrue();
		assertThat(publishedAsThirdParty(agency)).isTrue();
		Incident ordinary = reported(IncidentType.VERBAL_ABUSE);
		assertThat(ordinary.isThirdPartyReport()).isFalse();
		assertThat(publishedAsThirdParty(ordinary)).isFalse();
	}

	@Test
	@DisplayName("I2, I9: any number of witness statements; each witness becomes involved and may not review")
	void witnessStatements() {
		Incident incident = reported(IncidentType.VERBAL_ABUSE);
		incident.addWitnessStatement("late-witness", "I saw it", "reporter", NOW);
		incident.addWitnessStatement("second-witness", "I heard it", "manager", NOW);
		assertThat(incident.wasInvolved("late-witness")).isTrue();
		assertThat(incident.wasInvolved("second-witness")).isTrue();
		assertThatThrownBy(() -> incident.review("late-witness",
				new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, false, false, false), NOW))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("involved");
	}

	@Test
	@DisplayName("I9: no witness statement is added after the review, whose reviewer was checked against the people involved")
	void noStatementAfterReview() {
		Incident incident = reported(IncidentType.VERBAL_ABUSE);
		incident.review("manager", new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, false, false, false), NOW);
		assertThatThrownBy(() -> incident.addWitnessStatement("manager", "I was there", "reporter", NOW))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	@DisplayName("D2, I3: a report is open to a manager, its reporter and the colleague reported for, nobody else")
	void openToManagerAndReporters() {
		Incident incident = reported(IncidentType.VERBAL_ABUSE);
		assertThat(incident.isOpenTo("reporter", false)).isTrue();
		assertThat(incident.isOpenTo("someone-else", true)).isTrue();
		assertThat(incident.isOpenTo("someone-else", false)).isFalse();
		assertThat(incident.isOpenTo("witness", false)).isFalse();
	}

	private static ReviewDecision registerEntry(String reason) {
		return new ReviewDecision(ReviewOutcome.REGISTER_ENTRY, reason, true, true, false);
	}

	private static Incident reported(IncidentType type) {
		return Incident.report(draft(type, NOW.minusSeconds(3600)), "reporter", NOW);
	}

	private static IncidentDraft draft(IncidentType type, Instant occurredAt) {
		return new IncidentDraft("affected", null, occurredAt, "Municipal Offices", Channel.IN_PERSON, "housing", type,
				null, "what happened", List.of(new CustomerReference("housing", "HSG-1")), Set.of("witness"), null,
				null);
	}

	private static IncidentDraft draft(String onBehalfOf, ThirdPartyReport thirdParty) {
		return new IncidentDraft("affected", onBehalfOf, NOW.minusSeconds(3600), "Municipal Offices", Channel.IN_PERSON,
				"housing", IncidentType.VERBAL_THREAT, null, "what happened",
				List.of(new CustomerReference("housing", "HSG-1")), Set.of(), null, thirdParty);
	}

	private static boolean publishedAsThirdParty(Incident incident) {
		return incident.pendingEvents()
			.stream()
			.filter(IncidentReportedEvent.class::isInstance)
			.map(IncidentReportedEvent.class::cast)
			.findFirst()
			.orElseThrow()
			.thirdPartyReport();
	}

}
