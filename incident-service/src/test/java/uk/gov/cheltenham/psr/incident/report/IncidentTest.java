package uk.gov.cheltenham.psr.incident.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.incident.review.ReviewDecision;
import uk.gov.cheltenham.psr.incident.review.ReviewOutcome;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

	private static final Predicate<UUID> NO_ENTRY = (entryId) -> false;

	private static final UUID ENTRY = UUID.randomUUID();

	private static final Predicate<UUID> ENTRY_ON_REGISTER = ENTRY::equals;

	@Test
	@DisplayName("I9: the reporter, the affected person and a witness may not review")
	void involvedPeopleMayNotReview() {
		for (String involved : List.of("reporter", "affected", "witness")) {
			Incident incident = reported(IncidentType.PHYSICAL_ASSAULT);
			assertThatThrownBy(() -> incident.review(involved, registerEntry("assault"), NOW, ENTRY_ON_REGISTER))
				.isInstanceOf(RuleViolation.class)
				.hasMessageContaining("involved");
		}
	}

	@Test
	@DisplayName("I9: an uninvolved manager's review is recorded once")
	void uninvolvedManagerReviews() {
		Incident incident = reported(IncidentType.PHYSICAL_ASSAULT);
		incident.review("manager", registerEntry("assault with injury"), NOW, ENTRY_ON_REGISTER);
		assertThat(incident.status()).isEqualTo(IncidentStatus.REVIEWED);
		assertThatThrownBy(() -> incident.review("manager2", registerEntry("again"), NOW, ENTRY_ON_REGISTER))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	@DisplayName("I10: the warning stage is bypassed only for violence or serious threats")
	void bypassOnlyForViolence() {
		Incident incident = reported(IncidentType.UNREASONABLY_PERSISTENT_CONTACT);
		assertThatThrownBy(() -> incident.review("manager", registerEntry("too many calls"), NOW, ENTRY_ON_REGISTER))
			.isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).rule())
			.isEqualTo("I10");
	}

	@Test
	@DisplayName("I10: skipping the warning stage needs a recorded reason")
	void bypassNeedsReason() {
		Incident incident = reported(IncidentType.VERBAL_THREAT);
		assertThatThrownBy(() -> incident.review("manager", registerEntry(" "), NOW, ENTRY_ON_REGISTER))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("reason");
	}

	@Test
	@DisplayName("I10: a warning letter needs no bypass reason")
	void warningLetter() {
		Incident incident = reported(IncidentType.VERBAL_ABUSE);
		incident.review("manager", new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, true, false, false), NOW,
				ENTRY_ON_REGISTER);
		assertThat(incident.reviewOutcome()).isEqualTo(ReviewOutcome.WARNING_LETTER);
	}

	@Test
	@DisplayName("I1: an incident cannot be reported as happening in the future")
	void notInTheFuture() {
		assertThatThrownBy(() -> Incident.report(draft(IncidentType.VERBAL_ABUSE, NOW.plusSeconds(3600)), "reporter",
				NOW, NO_ENTRY))
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
		Incident incident = Incident.report(draft("offline-officer", null), "submitter", NOW, NO_ENTRY);
		assertThat(incident.reportedBy()).isEqualTo("submitter");
		assertThat(incident.reportedOnBehalfOf()).isEqualTo("offline-officer");
		assertThat(incident.wasReportedBy("offline-officer")).isTrue();
		assertThat(incident.wasReportedBy("submitter")).isTrue();
		for (String reporter : List.of("submitter", "offline-officer")) {
			assertThatThrownBy(() -> incident.review(reporter,
					new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, false, false, false), NOW,
					ENTRY_ON_REGISTER))
				.isInstanceOf(RuleViolation.class);
		}
	}

	@Test
	@DisplayName("I4: a police report without the lawful condition is refused; with it, the incident is marked and published as third-party")
	void policeReportNeedsLawfulCondition() {
		assertThatThrownBy(() -> Incident.report(
				draft(null, new ThirdPartyReport(ThirdPartyAgency.POLICE, "PC Smith", "GLOS-1", " ")), "reporter", NOW,
				NO_ENTRY))
			.isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).rule())
			.isEqualTo("I4");

		Incident police = Incident.report(
				draft(null,
						new ThirdPartyReport(ThirdPartyAgency.POLICE, "PC Smith", "GLOS-1",
								"DPA 2018 Sch 1 para 10: preventing or detecting unlawful acts")),
				"reporter", NOW, NO_ENTRY);
		assertThat(police.isThirdPartyReport()).isTrue();
		assertThat(publishedAsThirdParty(police)).isTrue();
	}

	@Test
	@DisplayName("I4: another agency's report needs no lawful condition; an ordinary report is not third-party")
	void otherAgency() {
		Incident agency = Incident.report(
				draft(null, new ThirdPartyReport(ThirdPartyAgency.PROBATION, "J Bloggs", "PRB-9", null)), "reporter",
				NOW, NO_ENTRY);
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
				new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, false, false, false), NOW, ENTRY_ON_REGISTER))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("involved");
	}

	@Test
	@DisplayName("I9: no witness statement is added after the review, whose reviewer was checked against the people involved")
	void noStatementAfterReview() {
		Incident incident = reported(IncidentType.VERBAL_ABUSE);
		incident.review("manager", new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, false, false, false), NOW,
				ENTRY_ON_REGISTER);
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

	@Test
	@DisplayName("I5: one persistent-contact report covers many contacts; each officer contacted is involved and may not review")
	void persistentContact() {
		Incident incident = Incident
			.report(persistentContact(List.of(new PersistentContact(TODAY.minusDays(2), Channel.PHONE, "officer-a", 12),
					new PersistentContact(TODAY.minusDays(2), Channel.LETTER_OR_EMAIL, "officer-a", 3),
					new PersistentContact(TODAY, Channel.PHONE, "officer-b", 1))), "reporter", NOW, NO_ENTRY);
		assertThat(incident.contacts()).hasSize(3);
		assertThat(incident.totalContacts()).isEqualTo(16);
		assertThat(incident.incidentType()).isEqualTo(IncidentType.UNREASONABLY_PERSISTENT_CONTACT);
		assertThat(incident.wasInvolved("officer-b")).isTrue();
		assertThatThrownBy(() -> incident.review("officer-b",
				new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, false, false, false), NOW, ENTRY_ON_REGISTER))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("involved");
	}

	@Test
	@DisplayName("I5: contacts belong to a persistent-contact report, none in the future, each day/channel/officer once")
	void persistentContactRefused() {
		IncidentDraft abuseWithContacts = new IncidentDraft("affected", null, NOW.minusSeconds(60), null, Channel.PHONE,
				"housing", IncidentType.VERBAL_ABUSE, null, "calls", List.of(), Set.of(), null, null,
				List.of(new PersistentContact(TODAY, Channel.PHONE, "officer-a", 2)), null);
		assertRefusedBy("I5", () -> Incident.report(abuseWithContacts, "reporter", NOW, NO_ENTRY));
		assertRefusedBy("I5",
				() -> Incident.report(
						persistentContact(
								List.of(new PersistentContact(TODAY.plusDays(1), Channel.PHONE, "officer-a", 1))),
						"reporter", NOW, NO_ENTRY));
		assertRefusedBy("I5",
				() -> Incident.report(
						persistentContact(List.of(new PersistentContact(TODAY, Channel.PHONE, "officer-a", 1),
								new PersistentContact(TODAY, Channel.PHONE, "officer-a", 4))),
						"reporter", NOW, NO_ENTRY));
	}

	@Test
	@DisplayName("I6: a repeat incident is linked to an entry on the register and says so when reported and reviewed")
	void repeatIncidentLinked() {
		Incident incident = Incident.report(linked(ENTRY, null), "reporter", NOW, ENTRY_ON_REGISTER);
		assertThat(incident.linkedEntryId()).isEqualTo(ENTRY);
		assertThat(incident.breachedRestriction()).isNull();
		assertThat(reportedEvent(incident).linkedEntryId()).isEqualTo(ENTRY);
		assertThat(reportedEvent(incident).breachOfRestrictions()).isFalse();
		// already on the register: the warning stage is behind the customer
		incident.review("manager", new ReviewDecision(ReviewOutcome.REGISTER_ENTRY, null, false, false, false), NOW,
				ENTRY_ON_REGISTER);
		IncidentReviewedEvent reviewed = incident.pendingEvents()
			.stream()
			.filter(IncidentReviewedEvent.class::isInstance)
			.map(IncidentReviewedEvent.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(reviewed.linkedEntryId()).isEqualTo(ENTRY);
		assertThat(reviewed.warningStageBypassed()).isFalse();
	}

	@Test
	@DisplayName("I6: a link to an entry that is not on the register (unknown, removed, purged) is refused")
	void linkToUnknownEntryRefused() {
		assertRefusedBy("I6",
				() -> Incident.report(linked(UUID.randomUUID(), null), "reporter", NOW, ENTRY_ON_REGISTER));
	}

	@Test
	@DisplayName("I6: if the linked entry has left the register by the review, the incident is reviewed and published as a new one (warning stage and all)")
	void linkedEntryGoneByReview() {
		Incident incident = Incident.report(linked(ENTRY, null), "reporter", NOW, ENTRY_ON_REGISTER);
		assertRefusedBy("I10", () -> incident.review("manager",
				new ReviewDecision(ReviewOutcome.REGISTER_ENTRY, null, false, false, false), NOW, NO_ENTRY));
		incident.review("manager", new ReviewDecision(ReviewOutcome.WARNING_LETTER, null, false, false, false), NOW,
				NO_ENTRY);
		IncidentReviewedEvent reviewed = incident.pendingEvents()
			.stream()
			.filter(IncidentReviewedEvent.class::isInstance)
			.map(IncidentReviewedEvent.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(reviewed.linkedEntryId()).isNull();
		assertThat(incident.linkedEntryId()).isEqualTo(ENTRY);
	}

	@Test
	@DisplayName("I7: a breach of restrictions names the restriction, is linked to the customer's entry and is flagged as a breach in IncidentReported")
	void breachLinked() {
		Incident breach = Incident.report(linked(ENTRY, "banned from the Municipal Offices"), "reporter", NOW,
				ENTRY_ON_REGISTER);
		assertThat(breach.breachedRestriction()).isEqualTo("banned from the Municipal Offices");
		assertThat(reportedEvent(breach).linkedEntryId()).isEqualTo(ENTRY);
		// I7: the published report says it is a breach, without saying which restriction
		assertThat(reportedEvent(breach).breachOfRestrictions()).isTrue();
		assertRefusedBy("I7", () -> Incident.report(linked(null, "contacted an officer other than the named one"),
				"reporter", NOW, ENTRY_ON_REGISTER));
	}

	private static void assertRefusedBy(String rule, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
			.extracting((ex) -> ((RuleViolation) ex).rule())
			.isEqualTo(rule);
	}

	private static IncidentReportedEvent reportedEvent(Incident incident) {
		return incident.pendingEvents()
			.stream()
			.filter(IncidentReportedEvent.class::isInstance)
			.map(IncidentReportedEvent.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private static IncidentDraft persistentContact(List<PersistentContact> contacts) {
		return new IncidentDraft("affected", null, NOW.minusSeconds(60), null, Channel.PHONE, "housing",
				IncidentType.UNREASONABLY_PERSISTENT_CONTACT, null, "daily calls", List.of(), Set.of(), null, null,
				contacts, null);
	}

	private static IncidentDraft linked(UUID entryId, String breachedRestriction) {
		return new IncidentDraft("affected", null, NOW.minusSeconds(60), "Municipal Offices", Channel.IN_PERSON,
				"housing", IncidentType.VERBAL_ABUSE, null, "came in", List.of(), Set.of(), entryId, null, List.of(),
				breachedRestriction);
	}

	private static ReviewDecision registerEntry(String reason) {
		return new ReviewDecision(ReviewOutcome.REGISTER_ENTRY, reason, true, true, false);
	}

	private static Incident reported(IncidentType type) {
		return Incident.report(draft(type, NOW.minusSeconds(3600)), "reporter", NOW, NO_ENTRY);
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
