package uk.gov.cheltenham.psr.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import uk.gov.cheltenham.psr.events.EntryApproved;
import uk.gov.cheltenham.psr.events.EntryDeclined;
import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.events.LetterRequested;
import uk.gov.cheltenham.psr.events.LetterSent;
import uk.gov.cheltenham.psr.events.NoticeWithheld;
import uk.gov.cheltenham.psr.events.RestrictionsSet;
import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.platform.work.PollingWorker;
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
import static uk.gov.cheltenham.psr.register.RegisterScenario.awaitRegisterEvents;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cro;
import static uk.gov.cheltenham.psr.register.RegisterScenario.cssm;
import static uk.gov.cheltenham.psr.register.RegisterScenario.executiveDirector;
import static uk.gov.cheltenham.psr.register.RegisterScenario.reviewed;
import static uk.gov.cheltenham.psr.register.RegisterScenario.texts;
import static uk.gov.cheltenham.psr.register.RegisterScenario.user;

/**
 * Restrictions and the checks before them (R4–R6), approval of complex entries (R7) and
 * withheld notice (R8) over HTTP, against the real broker and PostgreSQL. Same context as
 * {@link RegisterServiceIT}, so Spring starts it once.
 */
@PsrIntegrationTest
@Import(RegisterTestConfiguration.class)
class RegisterDecisionsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	PollingWorker registerHousekeeping;

	private final KafkaTestClient kafka = KafkaTestClient.shared();

	@AfterEach
	void backToToday() {
		this.clock.reset();
	}

	@Test
	@DisplayName("R4, R5, R6: the CRO proposes restrictions (400 for malformed ones, 422 R4 incomplete, 422 R5 closing every route), "
			+ "they apply only after the complaint check (422 R6) and the adjustments answer (422 R5), and RestrictionsSet is published as in its fixture")
	void restrictionsAndTheChecksBeforeThem() {
		String entry = "/api/entries/" + openEntry("REGISTER_ENTRY");
		ApiClient api = api();
		Map<String, Object> proposal = Map.of("restrictions",
				List.of(Map.of("kind", "NAMED_CONTACT_ONLY", "serviceAreas", List.of("housing"), "conditions",
						"housing-officer mailbox only"),
						Map.of("kind", "BANNED_FROM_OFFICES", "councilWide", true, "councilWideJustification",
								"threatened staff at two offices")));

		assertThat(api.post(entry + "/restrictions", null, proposal).status()).isEqualTo(401);
		assertThat(api.post(entry + "/restrictions", cssm(), proposal).status()).isEqualTo(403);
		assertThat(api.post(entry + "/restrictions", user("rep-1", "REPRESENTATIVE"), proposal).status())
			.isEqualTo(403);
		assertBadField(
				api.post(entry + "/restrictions", cro(),
						Map.of("restrictions",
								List.of(Map.of("kind", "SHOUTING", "serviceAreas", List.of("housing"))))),
				"restrictions[0].kind");
		assertBadField(
				api.post(entry + "/restrictions", cro(),
						Map.of("restrictions", List
							.of(Map.of("kind", "BANNED_FROM_OFFICES", "serviceAreas", List.of("Housing Dept!"))))),
				"restrictions[0].serviceAreas[0]");
		assertBadField(api.post(entry + "/restrictions", cro(), Map.of()), "restrictions");
		assertRule(
				api.post(entry + "/restrictions", cro(),
						Map.of("restrictions",
								List.of(Map.of("kind", "NAMED_CONTACT_ONLY", "serviceAreas", List.of("housing"))))),
				"R4");
		assertRule(
				api.post(entry + "/restrictions", cro(),
						Map.of("restrictions",
								List.of(Map.of("kind", "NO_TELEPHONE_CONTACT", "serviceAreas", List.of("housing")),
										Map.of("kind", "BANNED_FROM_OFFICES", "serviceAreas", List.of("housing")),
										Map.of("kind", "OTHER", "serviceAreas", List.of("housing"), "conditions",
												"letters returned unread", "closesChannels", List.of("WRITTEN"))))),
				"R5");
		assertRule(api.post(entry + "/restrictions/apply", cro()), "R4");

		Response proposed = api.post(entry + "/restrictions", cro(), proposal);
		assertThat(proposed.status()).isEqualTo(200);
		assertThat(proposed.json().at("/restrictions/proposed")).hasSize(2);
		assertThat(proposed.json().at("/restrictions/proposedBy").asString()).isEqualTo("cro-1");
		assertThat(proposed.json().at("/restrictions/inForce")).isEmpty();

		assertRule(api.post(entry + "/restrictions/apply", cro()), "R6");
		assertBadField(api.post(entry + "/complaint-check", cro(), Map.of("status", "MAYBE")), "status");
		assertRule(api.post(entry + "/complaint-check", cro(), Map.of("status", "CURRENT_COMPLAINT")), "R6");
		Response checked = api.post(entry + "/complaint-check", cro(), Map.of("status", "CURRENT_COMPLAINT",
				"consideration", "complaint is about repair times; the named officer handles it"));
		assertThat(checked.status()).isEqualTo(200);
		assertThat(checked.json().at("/restrictions/complaintCheck/checkedBy").asString()).isEqualTo("cro-1");

		assertRule(api.post(entry + "/restrictions/apply", cro()), "R5");
		assertBadField(api.post(entry + "/reasonable-adjustments", cro(), Map.of()), "needsIdentified");
		assertRule(api.post(entry + "/reasonable-adjustments", cro(), Map.of("needsIdentified", true)), "R5");
		assertThat(api
			.post(entry + "/reasonable-adjustments", cro(),
					Map.of("needsIdentified", true, "adjustments", "letters in large print; phone line kept open"))
			.status()).isEqualTo(200);
		assertThat(api.get(entry, cro()).json().at("/restrictions/inForce")).isEmpty();

		assertThat(api.post(entry + "/restrictions/apply", cssm()).status()).isEqualTo(403);
		Response applied = api.post(entry + "/restrictions/apply", cro());
		assertThat(applied.status()).isEqualTo(200);
		assertThat(applied.json().at("/restrictions/inForce")).extracting((r) -> r.get("kind").asString())
			.containsExactly("NAMED_CONTACT_ONLY", "BANNED_FROM_OFFICES");
		assertThat(applied.json().at("/restrictions/appliedBy").asString()).isEqualTo("cro-1");

		ConsumerRecord<String, byte[]> set = awaitEvent(entry, "RestrictionsSet");
		assertSameFields(set, EventFixtures.json(RestrictionsSet.class));
		JsonNode payload = JSON.readTree(set.value());
		assertThat(payload.get("councilWide").asBoolean()).isTrue();
		assertThat(KafkaTestClient.text(set)).doesNotContain("mailbox", "threatened");

		assertThat(api.post("/api/entries/" + UUID.randomUUID() + "/restrictions/apply", cro()).status())
			.isEqualTo(404);
	}

	@Test
	@DisplayName("R7: a case referred to the CSSM waits for approval (not in force, EntryOpened says so); applying, the wrong approver "
			+ "or a second approval are refused naming R7; the Executive Director stands in with a reason; EntryApproved, markers and the letter follow")
	void approvalOfComplexEntries() {
		String entryId = openEntry("REFERRED_TO_CSSM");
		String entry = "/api/entries/" + entryId;
		ApiClient api = api();
		assertThat(api.get("/api/entries", cro()).body()).doesNotContain(entryId);
		assertThat(api.get("/api/entries/awaiting-approval", user("rep-1", "REPRESENTATIVE")).status()).isEqualTo(403);
		JsonNode waiting = api.get(entry, cro()).json();
		assertThat(waiting.get("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(waiting.at("/approval/state").asString()).isEqualTo("AWAITING");

		readyToApply(entry);
		assertRule(api.post(entry + "/restrictions/apply", cro()), "R7");

		assertThat(api.post(entry + "/approval", null).status()).isEqualTo(401);
		assertThat(api.post(entry + "/approval", cro()).status()).isEqualTo(403);
		assertBadField(api.post(entry + "/approval", executiveDirector(), Map.of("standInReason", "ON_HOLIDAY")),
				"standInReason");
		assertRule(api.post(entry + "/approval", executiveDirector()), "R7");
		assertThat(api.post(entry + "/approval/cssm-is-target", cssm()).status()).isEqualTo(403);
		assertThat(api.post(entry + "/approval/cssm-is-target", cro()).status()).isEqualTo(200);
		assertRule(api.post(entry + "/approval", cssm()), "R7");
		assertThat(api.get(entry, cro()).json().get("status").asString()).isEqualTo("AWAITING_APPROVAL");

		Response approved = api.post(entry + "/approval", executiveDirector(),
				Map.of("standInReason", "CSSM_IS_TARGET", "note", "the CSSM was threatened"));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(approved.json().at("/approval/approvedBy").asString()).isEqualTo("ed-1");
		assertThat(approved.json().at("/approval/standInReason").asString()).isEqualTo("CSSM_IS_TARGET");
		assertRule(api.post(entry + "/approval", executiveDirector(), Map.of("standInReason", "CSSM_ABSENT")), "R7");
		assertThat(api.post(entry + "/restrictions/apply", cro()).status()).isEqualTo(200);

		List<ConsumerRecord<String, byte[]>> events = awaitRegisterEvents(entryId, 5);
		assertThat(events).extracting((record) -> KafkaTestClient.header(record, Topics.TYPE_HEADER))
			.containsExactly("EntryOpened", "EntryApproved", "MarkerSet", "LetterRequested", "RestrictionsSet");
		assertThat(JSON.readTree(events.get(0).value()).get("approvalRequired").asBoolean()).isTrue();
		assertSameFields(events.get(0), EventFixtures.json(EntryOpened.class));
		assertSameFields(events.get(1), EventFixtures.json(EntryApproved.class));
		assertThat(JSON.readTree(events.get(1).value()).get("approverRole").asString()).isEqualTo("EXECUTIVE_DIRECTOR");
		assertThat(JSON.readTree(events.get(3).value()).get("letterType").asString()).isEqualTo("RESTRICTION");
	}

	@Test
	@DisplayName("R8: notice withheld with a reason and a re-check within a month (400/422 otherwise) holds the inclusion letter; "
			+ "a re-check may keep it withheld; once the re-check date passes the housekeeping job requests the held letter")
	void withheldNotice() {
		String entryId = openEntry("REFERRED_TO_CSSM");
		String entry = "/api/entries/" + entryId;
		ApiClient api = api();
		LocalDate today = LocalDate.now(this.clock);

		assertThat(api
			.post(entry + "/notice/withhold", user("ed-1", "EXECUTIVE_DIRECTOR"),
					Map.of("reason", "r", "recheckOn", today.plusDays(7).toString()))
			.status()).isEqualTo(403);
		assertBadField(api.post(entry + "/notice/withhold", cro(), Map.of("recheckOn", today.plusDays(7).toString())),
				"reason");
		assertBadField(api.post(entry + "/notice/withhold", cro(), Map.of("reason", "r", "recheckOn", "next week")),
				"recheckOn");
		assertRule(api.post(entry + "/notice/withhold", cro(),
				Map.of("reason", "police investigation", "recheckOn", today.plusMonths(2).toString())), "R8");
		assertRule(api.post(entry + "/notice/recheck", cro(), Map.of("outcome", "INFORM")), "R8");
		LocalDate firstRecheck = today.plusDays(7);
		Response withheld = api.post(entry + "/notice/withhold", cro(),
				Map.of("reason", "police investigation under way", "recheckOn", firstRecheck.toString()));
		assertThat(withheld.status()).isEqualTo(200);
		assertThat(withheld.json().at("/notice/withheld/recheckOn").asString()).isEqualTo(firstRecheck.toString());

		JsonNode approved = api.post(entry + "/approval", cssm()).json();
		JsonNode held = approved.at("/notice/letters/0");
		assertThat(held.get("status").asString()).isEqualTo("HELD");
		String heldRequestId = held.get("requestId").asString();

		LocalDate secondRecheck = firstRecheck.plusDays(14);
		this.clock.moveTo(firstRecheck.minusDays(1));
		assertThat(api
			.post(entry + "/notice/recheck", cssm(), Map.of("outcome", "KEEP_WITHHOLDING", "reason",
					"charging decision pending", "recheckOn", secondRecheck.toString()))
			.status()).isEqualTo(200);

		this.clock.moveTo(firstRecheck);
		this.registerHousekeeping.wakeUp();
		this.clock.moveTo(secondRecheck);
		this.registerHousekeeping.wakeUp();
		await().atMost(PATIENCE)
			.until(() -> api.get(entry, cro()).json().at("/notice/letters/0/status").asString(), "REQUESTED"::equals);
		JsonNode notice = api.get(entry, cro()).json().get("notice");
		assertThat(notice.get("withheld").isNull()).isTrue();
		assertThat(notice.get("decisions")).extracting((decision) -> decision.get("decision").asString())
			.containsExactly("WITHHELD", "STILL_WITHHELD", "LAPSED");

		ConsumerRecord<String, byte[]> letter = awaitEvent(entry, "LetterRequested");
		assertSameFields(letter, EventFixtures.json(LetterRequested.class));
		assertThat(JSON.readTree(letter.value()).get("requestId").asString()).isEqualTo(heldRequestId);
		assertThat(awaitRegisterEvents(entryId, 4))
			.filteredOn((record) -> "LetterRequested".equals(KafkaTestClient.header(record, Topics.TYPE_HEADER)))
			.hasSize(1);
	}

	@Test
	@DisplayName("R8: notice withheld after an ordinary entry requested its letter holds it and announces NoticeWithheld (ids only); "
			+ "informing requests it again under the same id; once LetterSent reports it sent it stays sent when notice is withheld again")
	void withheldAfterTheLetterWasRequested() {
		String entryId = openEntry("REGISTER_ENTRY");
		String entry = "/api/entries/" + entryId;
		ApiClient api = api();
		LocalDate today = LocalDate.now(this.clock);
		JsonNode requested = api.get(entry, cro()).json().at("/notice/letters/0");
		assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
		String requestId = requested.get("requestId").asString();

		Response withheld = api.post(entry + "/notice/withhold", cro(),
				Map.of("reason", "police investigation under way", "recheckOn", today.plusDays(7).toString()));
		assertThat(withheld.status()).isEqualTo(200);
		assertThat(withheld.json().at("/notice/letters/0/status").asString()).isEqualTo("HELD");
		ConsumerRecord<String, byte[]> announced = awaitEvent(entry, "NoticeWithheld");
		assertSameFields(announced, EventFixtures.json(NoticeWithheld.class));
		assertThat(texts(JSON.readTree(announced.value()).get("heldRequestIds"))).containsExactly(requestId);
		assertThat(KafkaTestClient.text(announced)).doesNotContain("police");

		assertThat(api.post(entry + "/notice/recheck", cro(), Map.of("outcome", "INFORM")).status()).isEqualTo(200);
		List<ConsumerRecord<String, byte[]>> letters = await().atMost(PATIENCE)
			.until(() -> awaitRegisterEvents(entryId, 1).stream()
				.filter((record) -> "LetterRequested".equals(KafkaTestClient.header(record, Topics.TYPE_HEADER)))
				.toList(), (found) -> found.size() == 2);
		assertThat(letters).extracting((record) -> JSON.readTree(record.value()).get("requestId").asString())
			.containsOnly(requestId);

		LetterSent sent = KafkaTestClient.fromFixture(EventFixtures.json(LetterSent.class), LetterSent.class,
				Map.of("entryId", entryId, "letterType", "RESTRICTION", "requestId", requestId));
		this.kafka.sendEvent(sent);
		this.kafka.sendEvent(sent);
		await().atMost(PATIENCE)
			.until(() -> api.get(entry, cro()).json().at("/notice/letters/0/status").asString(), "SENT"::equals);
		assertThat(api.get(entry, cro()).json().at("/notice/letters/0/sentOn").asString())
			.isEqualTo(sent.occurredAt().atZone(this.clock.getZone()).toLocalDate().toString());

		Response again = api.post(entry + "/notice/withhold", cssm(),
				Map.of("reason", "fresh police concern", "recheckOn", today.plusDays(7).toString()));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().at("/notice/letters/0/status").asString()).isEqualTo("SENT");
		List<ConsumerRecord<String, byte[]>> announcements = await().atMost(PATIENCE)
			.until(() -> awaitRegisterEvents(entryId, 1).stream()
				.filter((record) -> "NoticeWithheld".equals(KafkaTestClient.header(record, Topics.TYPE_HEADER)))
				.toList(), (found) -> found.size() == 2);
		assertThat(JSON.readTree(announcements.get(1).value()).get("heldRequestIds")).isEmpty();
	}

	@Test
	@DisplayName("R11, R9, R4, R5: a varied appeal decision or review carries restrictions in the restriction endpoint's shape: "
			+ "400 naming the field, 422 R4/R5 with nothing recorded; the appeal's set goes in force with RestrictionsSet and a restriction letter")
	void variedDecisionsCarryRestrictions() {
		String entryId = openEntry("REGISTER_ENTRY");
		String entry = "/api/entries/" + entryId;
		ApiClient api = api();
		LocalDate today = LocalDate.now(this.clock);
		assertThat(api.post(entry + "/complaint-check", cro(), Map.of("status", "NO_COMPLAINT")).status())
			.isEqualTo(200);
		assertThat(api.post(entry + "/reasonable-adjustments", cro(), Map.of("needsIdentified", false)).status())
			.isEqualTo(200);
		List<Map<String, Object>> incomplete = List
			.of(Map.of("kind", "NAMED_CONTACT_ONLY", "serviceAreas", List.of("housing")));
		List<Map<String, Object>> closingEveryRoute = List.of(
				Map.of("kind", "NO_TELEPHONE_CONTACT", "serviceAreas", List.of("housing")),
				Map.of("kind", "BANNED_FROM_OFFICES", "serviceAreas", List.of("housing")),
				Map.of("kind", "OTHER", "serviceAreas", List.of("housing"), "conditions", "letters returned unread",
						"closesChannels", List.of("WRITTEN")));
		List<Map<String, Object>> visitsInPairs = List
			.of(Map.of("kind", "HOME_VISITS_IN_PAIRS", "serviceAreas", List.of("housing")));

		Map<String, Object> review = Map.of("outcome", "VARY", "reasons", "calmer contact since", "nextReviewDue",
				today.plusMonths(3).toString(), "restrictions", incomplete);
		assertRule(api.post(entry + "/reviews", cro(), review), "R4");
		assertRule(api.post(entry + "/reviews", cro(), with(review, "restrictions", closingEveryRoute)), "R5");
		assertThat(api.get(entry + "/reviews", cro()).json()).isEmpty();
		Response recorded = api.post(entry + "/reviews", cro(), with(review, "restrictions", visitsInPairs));
		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.json().get("variedRestrictions")).extracting((r) -> r.get("kind").asString())
			.containsExactly("HOME_VISITS_IN_PAIRS");

		Response lodged = api.post(entry + "/appeals", cro(),
				Map.of("receivedOn", today.toString(), "grounds", "the restrictions are too wide"));
		assertThat(lodged.status()).isEqualTo(201);
		String appeal = "/api/appeals/" + lodged.json().get("id").asString();
		Map<String, Object> varied = Map.of("decision", "VARIED", "reasons", "visits in pairs are enough", "variation",
				"office ban replaced by visits in pairs", "restrictions", incomplete);
		assertBadField(
				api.post(appeal + "/decision", executiveDirector(),
						with(varied, "restrictions",
								List.of(Map.of("kind", "SHOUTING", "serviceAreas", List.of("housing"))))),
				"restrictions[0].kind");
		assertRule(api.post(appeal + "/decision", executiveDirector(), varied), "R4");
		assertRule(api.post(appeal + "/decision", executiveDirector(), with(varied, "restrictions", closingEveryRoute)),
				"R5");
		assertThat(api.get(appeal, cro()).json().get("status").asString()).isEqualTo("LODGED");
		assertThat(api.get(entry, cro()).json().at("/restrictions/inForce")).isEmpty();

		Response decided = api.post(appeal + "/decision", executiveDirector(),
				with(varied, "restrictions", visitsInPairs));
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		JsonNode after = api.get(entry, cro()).json();
		assertThat(after.at("/restrictions/inForce")).extracting((r) -> r.get("kind").asString())
			.containsExactly("HOME_VISITS_IN_PAIRS");
		assertThat(after.at("/restrictions/appliedBy").asString()).isEqualTo("ed-1");
		ConsumerRecord<String, byte[]> set = awaitEvent(entry, "RestrictionsSet");
		assertThat(texts(JSON.readTree(set.value()).get("kinds"))).containsExactly("HOME_VISITS_IN_PAIRS");
		List<String> letterTypes = await().atMost(PATIENCE)
			.until(() -> awaitRegisterEvents(entryId, 1).stream()
				.filter((record) -> "LetterRequested".equals(KafkaTestClient.header(record, Topics.TYPE_HEADER)))
				.map((record) -> JSON.readTree(record.value()).get("letterType").asString())
				.toList(), (found) -> found.size() == 4);
		assertThat(letterTypes).containsExactlyInAnyOrder("RESTRICTION", "APPEAL_ACKNOWLEDGEMENT", "RESTRICTION",
				"APPEAL_OUTCOME");
	}

	@Test
	@DisplayName("R7, R12: the CSSM (or the Executive Director standing in) declines an entry awaiting approval with a reason (400 without, "
			+ "403 for the CRO, 422 R7 for the wrong approver, twice, or an entry not referred); it never takes effect, EntryDeclined is "
			+ "published as in its fixture with no marker or letter, and it is purged 6 months on")
	void declinedEntry() {
		String ordinary = "/api/entries/" + openEntry("REGISTER_ENTRY");
		String entryId = openEntry("REFERRED_TO_CSSM");
		String entry = "/api/entries/" + entryId;
		ApiClient api = api();
		Map<String, Object> decline = Map.of("reason", "the incident does not justify an entry");

		assertThat(api.post(entry + "/approval/decline", null, decline).status()).isEqualTo(401);
		assertThat(api.post(entry + "/approval/decline", cro(), decline).status()).isEqualTo(403);
		assertBadField(api.post(entry + "/approval/decline", cssm(), Map.of()), "reason");
		assertRule(api.post(entry + "/approval/decline", executiveDirector(), decline), "R7");
		assertRule(api.post(ordinary + "/approval/decline", cssm(), decline), "R7");
		assertThat(api.get(entry, cro()).json().get("status").asString()).isEqualTo("AWAITING_APPROVAL");

		Response declined = api.post(entry + "/approval/decline", cssm(), decline);
		assertThat(declined.status()).isEqualTo(200);
		assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
		assertThat(declined.json().at("/approval/state").asString()).isEqualTo("DECLINED");
		assertThat(declined.json().at("/approval/approvedBy").asString()).isEqualTo("cssm-1");
		assertThat(declined.json().at("/approval/declinedReason").asString())
			.isEqualTo("the incident does not justify an entry");
		assertRule(api.post(entry + "/approval/decline", cssm(), decline), "R7");
		assertRule(api.post(entry + "/approval", cssm()), "R7");
		assertThat(api.get("/api/entries/awaiting-approval", cro()).body()).doesNotContain(entryId);

		ConsumerRecord<String, byte[]> announced = awaitEvent(entry, "EntryDeclined");
		assertSameFields(announced, EventFixtures.json(EntryDeclined.class));
		assertThat(KafkaTestClient.text(announced)).doesNotContain("justify");
		assertThat(awaitRegisterEvents(entryId, 2))
			.extracting((record) -> KafkaTestClient.header(record, Topics.TYPE_HEADER))
			.containsExactly("EntryOpened", "EntryDeclined");

		LocalDate purgeDue = LocalDate.parse(JSON.readTree(announced.value()).get("purgeDue").asString());
		this.clock.moveTo(purgeDue.minusDays(1));
		this.registerHousekeeping.wakeUp();
		assertThat(api.get(entry, cro()).status()).isEqualTo(200);
		this.clock.moveTo(purgeDue);
		this.registerHousekeeping.wakeUp();
		await().atMost(PATIENCE).until(() -> api.get(entry, cro()).status() == 404);
		awaitEvent(entry, "EntryPurged");
	}

	private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	private void readyToApply(String entry) {
		ApiClient api = api();
		assertThat(api.post(entry + "/complaint-check", cro(), Map.of("status", "NO_COMPLAINT")).status())
			.isEqualTo(200);
		assertThat(api.post(entry + "/reasonable-adjustments", cro(), Map.of("needsIdentified", false)).status())
			.isEqualTo(200);
		assertThat(api
			.post(entry + "/restrictions", cro(),
					Map.of("restrictions",
							List.of(Map.of("kind", "HOME_VISITS_IN_PAIRS", "serviceAreas", List.of("housing")))))
			.status()).isEqualTo(200);
	}

	/** Sends a review with this outcome and waits for the entry it opens. */
	private String openEntry(String outcome) {
		UUID incidentId = UUID.randomUUID();
		this.kafka.sendEvent(reviewed(incidentId, outcome, "HSG-" + UUID.randomUUID()));
		String list = "REFERRED_TO_CSSM".equals(outcome) ? "/api/entries/awaiting-approval" : "/api/entries";
		return await().atMost(PATIENCE).until(() -> {
			List<String> found = new ArrayList<>();
			api().get(list, cro()).json().forEach((entry) -> entry.get("incidentIds").forEach((id) -> {
				if (id.asString().equals(incidentId.toString())) {
					found.add(entry.get("id").asString());
				}
			}));
			return found;
		}, (found) -> found.size() == 1).get(0);
	}

	private ConsumerRecord<String, byte[]> awaitEvent(String entryPath, String type) {
		return awaitRegisterEvent(entryPath.substring(entryPath.lastIndexOf('/') + 1), type);
	}

	private static void assertBadField(Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors")).extracting((error) -> error.get("field").asString()).contains(field);
	}

	private ApiClient api() {
		return ApiClient.local(this.port);
	}

}
