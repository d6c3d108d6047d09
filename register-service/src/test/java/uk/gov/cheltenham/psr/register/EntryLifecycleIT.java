package uk.gov.cheltenham.psr.register;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import uk.gov.cheltenham.psr.events.AppealDecided;
import uk.gov.cheltenham.psr.events.AppealLodged;
import uk.gov.cheltenham.psr.events.EntryReviewed;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.IncidentReported;
import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.events.LetterRequested;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;
import uk.gov.cheltenham.psr.register.review.Reviews;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.cheltenham.psr.register.RegisterScenario.PATIENCE;
import static uk.gov.cheltenham.psr.register.RegisterScenario.assertRule;
import static uk.gov.cheltenham.psr.register.RegisterScenario.assertSameFields;
import static uk.gov.cheltenham.psr.register.RegisterScenario.awaitRegisterEvent;
import static uk.gov.cheltenham.psr.register.RegisterScenario.chiefExecutive;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cro;
import static uk.gov.cheltenham.psr.register.RegisterScenario.executiveDirector;
import static uk.gov.cheltenham.psr.register.RegisterScenario.governance;
import static uk.gov.cheltenham.psr.register.RegisterScenario.representative;
import static uk.gov.cheltenham.psr.register.RegisterScenario.reviewed;
import static uk.gov.cheltenham.psr.register.RegisterScenario.texts;
import static uk.gov.cheltenham.psr.register.RegisterScenario.user;

/**
 * Reviews (R9), the Governance Group (R10) and appeals (R11) over HTTP against the real
 * PostgreSQL and broker, with the movable clock of {@link RegisterServiceIT} (the same
 * configuration, so the Spring context is shared).
 */
@PsrIntegrationTest
@Import(RegisterTestConfiguration.class)
class EntryLifecycleIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	@Autowired
	MovableClock clock;

	@Autowired
	IncidentServiceStub incidentService;

	@Autowired
	PollingWorker registerHousekeeping;

	@Autowired
	Reviews reviews;

	private RegisterScenario scenario;

	@BeforeEach
	void scenario() {
		this.scenario = new RegisterScenario(this.port, this.incidentService);
	}

	@AfterEach
	void backToToday() {
		this.clock.reset();
	}

	@Test
	@DisplayName("R9, I6: the evidence pack shows incidents linked and positive contacts recorded since the last review; a review date beyond 6 months is 422 R9 and changes nothing; a review moves the review date, publishes EntryReviewed as in its fixture and starts the next pack afresh")
	void reviewWithEvidence() {
		UUID firstIncident = UUID.randomUUID();
		String entryId = this.scenario.openEntry(firstIncident, IncidentType.PHYSICAL_ASSAULT);
		String entry = "/api/entries/" + entryId;
		LocalDate today = today();
		assertThat(api().get(entry, cro()).json().get("reviewDue").asString())
			.isEqualTo(today.plusMonths(6).toString());

		JsonNode fresh = api().get(entry + "/review-evidence", cro()).json();
		assertThat(fresh.get("incidentsSinceLastReview")).isEmpty();
		assertThat(texts(fresh.get("earlierIncidents"))).containsExactly(firstIncident.toString());
		assertThat(fresh.get("basedOnPersonalCircumstances").asBoolean()).isFalse();

		UUID repeat = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(repeat, "REGISTER_ENTRY", IncidentType.PHYSICAL_ASSAULT, UUID.fromString(entryId),
				"HSG-" + UUID.randomUUID()));
		await().atMost(PATIENCE)
			.until(() -> texts(api().get(entry, cro()).json().get("incidentIds")).contains(repeat.toString()));

		String contacts = entry + "/contacts";
		Map<String, Object> contact = Map.of("contactOn", today.toString(), "team", "revenues", "kind", "POSITIVE",
				"note", "Called politely about a bill");
		assertThat(api().post(contacts, null, contact).status()).isEqualTo(401);
		assertThat(api().post(contacts, user("team", "TEAM_SYSTEM"), contact).status()).isEqualTo(403);
		Response noNote = api().post(contacts, representative(), without(contact, "note"));
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.body()).contains("note");
		Response badKind = api().post(contacts, representative(), with(contact, "kind", "GRATEFUL"));
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.body()).contains("kind");
		assertRule(api().post(contacts, representative(), with(contact, "contactOn", today.plusDays(1).toString())),
				"R9");
		Response recorded = api().post(contacts, representative(), contact);
		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.json().get("recordedBy").asString()).isEqualTo("officer-1");

		assertThat(api().get(entry + "/review-evidence", representative()).status()).isEqualTo(403);
		JsonNode pack = api().get(entry + "/review-evidence", user("gov-1", "GOVERNANCE")).json();
		assertThat(texts(pack.get("incidentsSinceLastReview"))).containsExactly(repeat.toString());
		assertThat(pack.get("contactsSinceLastReview")).singleElement()
			.satisfies((c) -> assertThat(c.get("kind").asString()).isEqualTo("POSITIVE"));

		String reviews = entry + "/reviews";
		Map<String, Object> review = Map.of("outcome", "RETAIN", "reasons", "a further assault since opening",
				"nextReviewDue", today.plusMonths(4).toString());
		assertThat(api().post(reviews, user("gov-1", "GOVERNANCE"), review).status()).isEqualTo(403);
		Response noReasons = api().post(reviews, cro(), without(review, "reasons"));
		assertThat(noReasons.status()).isEqualTo(400);
		assertThat(noReasons.body()).contains("reasons");
		assertThat(api().post(reviews, cro(), with(review, "outcome", "MAYBE")).body()).contains("outcome");
		assertRule(
				api().post(reviews, cro(), with(review, "nextReviewDue", today.plusMonths(6).plusDays(1).toString())),
				"R9");
		assertThat(api().get(entry, cro()).json().get("reviewDue").asString())
			.isEqualTo(today.plusMonths(6).toString());

		Response done = api().post(reviews, cro(), review);
		assertThat(done.status()).isEqualTo(201);
		assertThat(done.json().get("status").asString()).isEqualTo("AWAITING_GOVERNANCE");
		assertThat(done.json().get("newIncidents").asInt()).isEqualTo(1);
		assertThat(done.json().get("contactsConsidered").asInt()).isEqualTo(1);
		JsonNode after = api().get(entry, cro()).json();
		assertThat(after.get("reviewDue").asString()).isEqualTo(today.plusMonths(4).toString());
		assertThat(after.get("lastReviewedOn").asString()).isEqualTo(today.toString());
		assertRule(api().post(reviews, cro(), review), "R9");

		JsonNode next = api().get(entry + "/review-evidence", cro()).json();
		assertThat(next.get("incidentsSinceLastReview")).isEmpty();
		assertThat(next.get("contactsSinceLastReview")).isEmpty();

		ConsumerRecord<String, byte[]> published = awaitRegisterEvent(entryId, "EntryReviewed");
		assertSameFields(published, EventFixtures.json(EntryReviewed.class));
		JsonNode event = JSON.readTree(published.value());
		assertThat(event.get("outcome").asString()).isEqualTo("RETAIN");
		assertThat(event.get("nextReviewDue").asString()).isEqualTo(today.plusMonths(4).toString());
	}

	@Test
	@DisplayName("I6: repeat incidents reviewed with no further action or informal action join their entry and appear in the evidence pack, "
			+ "without extending it; one naming no entry changes nothing")
	void noActionRepeatsAreEvidence() {
		UUID firstIncident = UUID.randomUUID();
		String entryId = this.scenario.openEntry(firstIncident, IncidentType.VERBAL_ABUSE);
		String entry = "/api/entries/" + entryId;
		String expiresOn = api().get(entry, cro()).json().get("expiresOn").asString();

		UUID noFurtherAction = UUID.randomUUID();
		UUID informal = UUID.randomUUID();
		UUID unlinked = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(unlinked, "NO_FURTHER_ACTION", IncidentType.PHYSICAL_ASSAULT, null,
				"HSG-" + UUID.randomUUID()));
		this.kafka.sendEvent(reviewed(noFurtherAction, "NO_FURTHER_ACTION", IncidentType.PHYSICAL_ASSAULT,
				UUID.fromString(entryId), "HSG-" + UUID.randomUUID()));
		this.kafka.sendEvent(reviewed(informal, "INFORMAL_ACTION", IncidentType.VERBAL_THREAT, UUID.fromString(entryId),
				"HSG-" + UUID.randomUUID()));
		await().atMost(PATIENCE)
			.until(() -> texts(api().get(entry, cro()).json().get("incidentIds"))
				.containsAll(List.of(noFurtherAction.toString(), informal.toString())));

		JsonNode after = api().get(entry, cro()).json();
		assertThat(after.get("expiresOn").asString()).isEqualTo(expiresOn);
		assertThat(after.get("basis").asString()).isEqualTo("REGISTER_ENTRY");
		JsonNode pack = api().get(entry + "/review-evidence", cro()).json();
		assertThat(texts(pack.get("incidentsSinceLastReview"))).containsExactlyInAnyOrder(noFurtherAction.toString(),
				informal.toString());
		assertThat(this.scenario.entriesFor(unlinked)).isEmpty();
	}

	@Test
	@DisplayName("I7: a report flagged breachOfRestrictions names its entry; once reviewed and linked it is marked as a breach in the evidence pack, "
			+ "a plain repeat incident is not")
	void breachMarkedInEvidence() {
		String entryId = this.scenario.openEntry(UUID.randomUUID(), IncidentType.VERBAL_ABUSE);
		String entry = "/api/entries/" + entryId;
		UUID breach = UUID.randomUUID();
		UUID repeat = UUID.randomUUID();
		this.kafka.sendEvent(reported(breach, entryId, true));
		this.kafka.sendEvent(reported(repeat, entryId, false));
		this.kafka.sendEvent(reviewed(breach, "REGISTER_ENTRY", IncidentType.VERBAL_ABUSE, UUID.fromString(entryId),
				"HSG-" + UUID.randomUUID()));
		this.kafka.sendEvent(reviewed(repeat, "INFORMAL_ACTION", IncidentType.VERBAL_ABUSE, UUID.fromString(entryId),
				"HSG-" + UUID.randomUUID()));
		await().atMost(PATIENCE)
			.until(() -> texts(api().get(entry, cro()).json().get("incidentIds"))
				.containsAll(List.of(breach.toString(), repeat.toString())));
		JsonNode pack = await().atMost(PATIENCE)
			.until(() -> api().get(entry + "/review-evidence", cro()).json(),
					(evidence) -> !evidence.get("breachesOfRestrictions").isEmpty());
		assertThat(texts(pack.get("breachesOfRestrictions"))).containsExactly(breach.toString());
		assertThat(texts(pack.get("incidentsSinceLastReview"))).contains(breach.toString(), repeat.toString());
	}

	private static IncidentReported reported(UUID incidentId, String entryId, boolean breach) {
		return KafkaTestClient.fromFixture(EventFixtures.json(IncidentReported.class), IncidentReported.class,
				Map.of("incidentId", incidentId, "linkedEntryId", entryId, "breachOfRestrictions", breach));
	}

	@Test
	@DisplayName("R9: an entry based on personal circumstances is kept at review only with the raising team's justification")
	void personalCircumstancesJustified() {
		String entryId = this.scenario.openEntry(UUID.randomUUID(), IncidentType.PERSONAL_CIRCUMSTANCES);
		String entry = "/api/entries/" + entryId;
		Map<String, Object> review = Map.of("outcome", "RETAIN", "reasons", "still a risk to home visits",
				"nextReviewDue", today().plusMonths(6).toString());
		assertRule(api().post(entry + "/reviews", cro(), review), "R9");
		assertThat(api().get(entry + "/review-evidence", cro()).json().get("justificationMissing").asBoolean())
			.isTrue();

		Map<String, Object> justification = Map.of("team", "housing", "justification",
				"Tenancy support still visits; pairs remain needed", "restrictionsStillAppropriate", true);
		assertThat(api().post(entry + "/retention-justification", representative(), justification).status())
			.isEqualTo(403);
		Response given = api().post(entry + "/retention-justification", user("manager-1", "MANAGER"), justification);
		assertThat(given.status()).isEqualTo(201);

		Response kept = api().post(entry + "/reviews", cro(), review);
		assertThat(kept.status()).isEqualTo(201);
		assertThat(kept.json().get("justificationGiven").asBoolean()).isTrue();
	}

	@Test
	@DisplayName("R9, R10: with the clock moved past the review date the job escalates the overdue review once; the quarterly meeting's agenda lists the removal recommended at review, the overdue review with its evidence and the appeal; decisions before the meeting, twice, or of the wrong kind are 422 R10; approval removes the entry")
	void overdueEscalationAndGovernance() {
		String overdueId = this.scenario.openEntry(UUID.randomUUID(), IncidentType.PHYSICAL_ASSAULT);
		String removalId = this.scenario.openEntry(UUID.randomUUID(), IncidentType.PHYSICAL_ASSAULT);
		LocalDate opened = today();
		LocalDate reviewDue = opened.plusMonths(6);
		Response removal = api().post("/api/entries/" + removalId + "/reviews", cro(), Map.of("outcome", "REMOVE",
				"reasons", "no incidents since opening", "nextReviewDue", opened.plusMonths(3).toString()));
		assertThat(removal.status()).isEqualTo(201);
		String reviewId = removal.json().get("id").asString();
		assertThat(api().get("/api/entries/" + removalId, cro()).json().get("status").asString()).isEqualTo("ACTIVE");
		String appealId = api()
			.post("/api/entries/" + overdueId + "/appeals", cro(),
					Map.of("receivedOn", opened.toString(), "grounds", "disputes the incident"))
			.json()
			.get("id")
			.asString();

		this.clock.moveTo(reviewDue);
		this.reviews.escalateOverdue();
		assertThat(overdue(overdueId)).isNull();

		LocalDate dayAfter = reviewDue.plusDays(1);
		this.clock.moveTo(dayAfter);
		assertThat(overdue(overdueId).get("escalatedOn").isNull()).isTrue();
		this.registerHousekeeping.wakeUp();
		await().atMost(PATIENCE).until(() -> !overdue(overdueId).get("escalatedOn").isNull());
		assertThat(overdue(overdueId).get("escalatedOn").asString()).isEqualTo(dayAfter.toString());
		assertThat(overdue(overdueId).get("daysOverdue").asInt()).isEqualTo(1);
		this.clock.moveTo(dayAfter.plusDays(1));
		this.reviews.escalateOverdue();
		assertThat(overdue(overdueId).get("escalatedOn").asString()).isEqualTo(dayAfter.toString());
		assertThat(api().get("/api/reviews/overdue", representative()).status()).isEqualTo(403);

		String meetings = "/api/governance/meetings";
		LocalDate meetingDay = dayAfter.plusDays(10);
		assertThat(api().post(meetings, cro(), Map.of()).body()).contains("meetingOn");
		assertThat(api().post(meetings, governance(), Map.of("meetingOn", meetingDay.toString())).status())
			.isEqualTo(403);
		Response scheduled = api().post(meetings, cro(), Map.of("meetingOn", meetingDay.toString()));
		assertThat(scheduled.status()).isEqualTo(201);
		String meeting = meetings + "/" + scheduled.json().get("id").asString();
		assertRule(api().post(meetings, cro(), Map.of("meetingOn", meetingDay.plusDays(1).toString())), "R10");

		JsonNode agenda = api().post(meeting + "/agenda", cro()).json().get("agenda");
		JsonNode reviewItem = item(agenda, "REVIEW_OUTCOME", reviewId);
		assertThat(reviewItem.get("forDecision").asBoolean()).isTrue();
		assertThat(reviewItem.get("review").get("outcome").asString()).isEqualTo("REMOVE");
		JsonNode dueItem = item(agenda, "REVIEW_DUE", overdueId);
		assertThat(dueItem.get("forDecision").asBoolean()).isFalse();
		assertThat(dueItem.get("evidence").get("reviewOverdue").asBoolean()).isTrue();
		JsonNode appealItem = item(agenda, "APPEAL", appealId);
		assertThat(appealItem.get("appeal").get("status").asString()).isEqualTo("LODGED");
		int items = agenda.size();
		assertThat(api().post(meeting + "/agenda", cro()).json().get("agenda").size()).isEqualTo(items);
		assertThat(api().get(meeting, representative()).status()).isEqualTo(403);

		String decideReview = meeting + "/items/" + reviewItem.get("id").asString() + "/decision";
		Map<String, Object> approve = Map.of("decision", "APPROVED", "minute", "Removal approved");
		assertRule(api().post(decideReview, governance(), approve), "R10");
		this.clock.moveTo(meetingDay);
		assertThat(api().post(decideReview, cro(), approve).status()).isEqualTo(403);
		assertThat(api().post(decideReview, governance(), Map.of("decision", "APPROVED")).body()).contains("minute");
		assertRule(api().post(decideReview, governance(), Map.of("decision", "NOTED", "minute", "m")), "R10");
		Response approved = api().post(decideReview, governance(), approve);
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("decision").asString()).isEqualTo("APPROVED");
		assertThat(api().get("/api/entries/" + removalId, cro()).json().get("status").asString()).isEqualTo("REMOVED");
		assertRule(api().post(decideReview, governance(), approve), "R10");
		awaitRegisterEvent(removalId, "EntryRemoved");

		String decideAppeal = meeting + "/items/" + appealItem.get("id").asString() + "/decision";
		assertRule(api().post(decideAppeal, governance(), approve), "R10");
		assertThat(api()
			.post(meeting + "/items/" + dueItem.get("id").asString() + "/decision", governance(),
					Map.of("decision", "NOTED", "minute", "CRO to review this month"))
			.status()).isEqualTo(200);
		assertThat(api().get(meeting, governance()).json().get("agenda").toString()).contains("Removal approved");
	}

	@Test
	@DisplayName("R11, L5, L6: an appeal shows 'appeal in progress' and publishes AppealLodged and an acknowledgement; the Chief Executive decides where the CSSM was the target (the Executive Director is 422 R11, the CRO 403); a stale decision is 409, a second 422 R11; varied changes the period; AppealDecided and the outcome letter as in their fixtures; the LGSCO's complaint and outcome are recorded")
	void appealFlow() {
		String entryId = this.scenario.openEntry(UUID.randomUUID(), IncidentType.PHYSICAL_ASSAULT);
		String entry = "/api/entries/" + entryId;
		LocalDate today = today();
		Map<String, Object> appeal = Map.of("receivedOn", today.toString(), "grounds",
				"The customer says the incident was provoked", "cssmTargetOrAbsent", true);
		assertThat(api().post(entry + "/appeals", null, appeal).status()).isEqualTo(401);
		assertThat(api().post(entry + "/appeals", executiveDirector(), appeal).status()).isEqualTo(403);
		Response noGrounds = api().post(entry + "/appeals", cro(), without(appeal, "grounds"));
		assertThat(noGrounds.status()).isEqualTo(400);
		assertThat(noGrounds.body()).contains("grounds");
		assertRule(api().post(entry + "/appeals", cro(), with(appeal, "receivedOn", today.plusDays(1).toString())),
				"R11");
		assertThat(api().post("/api/entries/" + UUID.randomUUID() + "/appeals", cro(), appeal).status()).isEqualTo(404);

		Response lodged = api().post(entry + "/appeals", cro(), appeal);
		assertThat(lodged.status()).isEqualTo(201);
		assertThat(lodged.json().get("decider").asString()).isEqualTo("CHIEF_EXECUTIVE");
		String appealPath = "/api/appeals/" + lodged.json().get("id").asString();
		JsonNode inProgress = api().get(entry, cro()).json();
		assertThat(inProgress.get("appealInProgress").asBoolean()).isTrue();
		assertThat(inProgress.get("status").asString()).isEqualTo("ACTIVE");
		assertRule(api().post(entry + "/appeals", cro(), appeal), "R11");
		assertThat(api().get("/api/appeals", chiefExecutive()).json().toString())
			.contains(lodged.json().get("id").asString());

		List<ConsumerRecord<String, byte[]>> lodgedEvents = awaitEvents(entryId, "AppealLodged", "LetterRequested");
		assertSameFields(lodgedEvents.get(0), EventFixtures.json(AppealLodged.class));
		assertSameFields(lodgedEvents.get(1), EventFixtures.json(LetterRequested.class));
		assertThat(JSON.readTree(lodgedEvents.get(1).value()).get("letterType").asString())
			.isEqualTo("APPEAL_ACKNOWLEDGEMENT");

		long seen = api().get(appealPath, chiefExecutive()).json().get("version").asLong();
		Map<String, Object> varied = Map.of("decision", "VARIED", "reasons", "restrictions stand, period too long",
				"variation", "period reduced to 2 years", "period", "P2Y", "version", seen);
		assertThat(api().post(appealPath + "/decision", cro(), varied).status()).isEqualTo(403);
		assertRule(api().post(appealPath + "/decision", executiveDirector(), varied), "R11");
		assertThat(api().post(appealPath + "/decision", chiefExecutive(), with(varied, "decision", "PARTLY")).body())
			.contains("decision");
		assertThat(api().post(appealPath + "/decision", chiefExecutive(), with(varied, "period", "two years")).body())
			.contains("period");
		assertRule(api().post(appealPath + "/lgsco-complaint", cro(),
				Map.of("complaintOn", today.toString(), "reference", "LGSCO-26-001")), "R11");

		Response decided = api().post(appealPath + "/decision", chiefExecutive(), varied);
		assertThat(decided.status()).isEqualTo(200);
		assertThat(decided.json().get("status").asString()).isEqualTo("DECIDED");
		JsonNode afterDecision = api().get(entry, cro()).json();
		assertThat(afterDecision.get("appealInProgress").asBoolean()).isFalse();
		assertThat(afterDecision.get("restrictionPeriod").asString()).isEqualTo("P2Y");

		Response stale = api().post(appealPath + "/decision", user("ce-2", "CHIEF_EXECUTIVE"),
				with(varied, "decision", "OVERTURNED"));
		assertThat(stale.status()).isEqualTo(409);
		long current = decided.json().get("version").asLong();
		assertRule(api().post(appealPath + "/decision", user("ce-2", "CHIEF_EXECUTIVE"),
				Map.of("decision", "UPHELD", "reasons", "again", "version", current)), "R11");
		assertThat(api().get(appealPath, cro()).json().get("decision").asString()).isEqualTo("VARIED");

		List<ConsumerRecord<String, byte[]>> decidedEvents = awaitEvents(entryId, "AppealDecided", "LetterRequested");
		assertSameFields(decidedEvents.get(0), EventFixtures.json(AppealDecided.class));
		assertThat(JSON.readTree(decidedEvents.get(0).value()).get("decision").asString()).isEqualTo("VARIED");
		assertThat(JSON.readTree(decidedEvents.get(1).value()).get("letterType").asString())
			.isEqualTo("APPEAL_OUTCOME");

		assertRule(api().post(appealPath + "/lgsco-outcome", cro(),
				Map.of("outcome", "NO_FAULT", "outcomeOn", today.toString())), "R11");
		Response complaint = api().post(appealPath + "/lgsco-complaint", cro(),
				Map.of("complaintOn", today.toString(), "reference", "LGSCO-26-001"));
		assertThat(complaint.json().get("status").asString()).isEqualTo("REFERRED_TO_LGSCO");
		Response outcome = api().post(appealPath + "/lgsco-outcome", cro(),
				Map.of("outcome", "NO_FAULT", "outcomeOn", today.toString(), "summary", "No fault found"));
		assertThat(outcome.status()).isEqualTo(200);
		assertThat(outcome.json().get("lgscoOutcome").asString()).isEqualTo("NO_FAULT");
		assertRule(api().post(appealPath + "/lgsco-outcome", cro(),
				Map.of("outcome", "FAULT_AND_INJUSTICE", "outcomeOn", today.toString())), "R11");
	}

	@Test
	@DisplayName("R11, R10, R12: an overturned appeal starts the removal path (removed only on Governance approval); a removed entry cannot be appealed (422 R11)")
	void overturnedAndRemoved() {
		String entryId = this.scenario.openEntry(UUID.randomUUID(), IncidentType.VERBAL_THREAT);
		String entry = "/api/entries/" + entryId;
		String appealPath = "/api/appeals/" + api()
			.post(entry + "/appeals", cro(),
					Map.of("receivedOn", today().toString(), "grounds", "mistaken identity", "originalDecisionBy",
							"ed-9"))
			.json()
			.get("id")
			.asString();
		Map<String, Object> overturn = Map.of("decision", "OVERTURNED", "reasons", "not the customer");
		assertRule(api().post(appealPath + "/decision", user("ed-9", "EXECUTIVE_DIRECTOR"), overturn), "R11");
		assertThat(api().post(appealPath + "/decision", executiveDirector(), overturn).status()).isEqualTo(200);
		JsonNode overturned = api().get(entry, cro()).json();
		assertThat(overturned.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(overturned.get("removalDecidedOn").asString()).isEqualTo(today().toString());

		assertThat(api().post(entry + "/removal/approve", governance()).status()).isEqualTo(200);
		assertThat(api().get(entry, cro()).json().get("status").asString()).isEqualTo("REMOVED");
		assertRule(api().post(entry + "/appeals", cro(), Map.of("receivedOn", today().toString(), "grounds", "again")),
				"R11");
	}

	private JsonNode overdue(String entryId) {
		JsonNode list = api().get("/api/reviews/overdue", cro()).json();
		for (JsonNode overdue : list) {
			if (overdue.get("entryId").asString().equals(entryId)) {
				return overdue;
			}
		}
		return null;
	}

	private static JsonNode item(JsonNode agenda, String kind, String subjectId) {
		for (JsonNode item : agenda) {
			if (kind.equals(item.get("kind").asString()) && subjectId.equals(item.get("subjectId").asString())) {
				return item;
			}
		}
		throw new AssertionError("No " + kind + " item for " + subjectId + " on " + agenda);
	}

	/** The first event of {@code first} for the entry and the event right after it. */
	private List<ConsumerRecord<String, byte[]>> awaitEvents(String entryId, String first, String then) {
		return await().atMost(PATIENCE).until(() -> {
			List<ConsumerRecord<String, byte[]>> events = this.kafka
				.readAll(Topics.REGISTER_EVENTS, Duration.ofSeconds(10))
				.stream()
				.filter((record) -> entryId.equals(record.key()))
				.toList();
			for (int i = 0; i < events.size() - 1; i++) {
				if (first.equals(KafkaTestClient.header(events.get(i), Topics.TYPE_HEADER))
						&& then.equals(KafkaTestClient.header(events.get(i + 1), Topics.TYPE_HEADER))) {
					return List.of(events.get(i), events.get(i + 1));
				}
			}
			return List.<ConsumerRecord<String, byte[]>>of();
		}, (found) -> found.size() == 2);
	}

	private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	private static Map<String, Object> without(Map<String, Object> body, String field) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.remove(field);
		return changed;
	}

	private ApiClient api() {
		return this.scenario.api();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
