package uk.gov.cheltenham.psr.incident;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.Topics;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cheltenham.psr.incident.TestReports.entryOnRegister;
import static uk.gov.cheltenham.psr.incident.TestReports.manager;
import static uk.gov.cheltenham.psr.incident.TestReports.removeEntry;
import static uk.gov.cheltenham.psr.incident.TestReports.rep;
import static uk.gov.cheltenham.psr.incident.TestReports.report;

/**
 * Persistent-contact reports (I5) and reports linked to a register entry (I6, I7), over
 * HTTP, with the entry announced on the real broker and the events read back from it.
 */
@IncidentServiceTest
class ReportKindsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId COUNCIL = ZoneId.of("Europe/London");

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private ApiClient api() {
		return ApiClient.local(this.port);
	}

	@Test
	@DisplayName("I5: one report lists many contacts (date, channel, officer, count) as one persistent-contact incident; an officer contacted may not review it")
	void persistentContact() {
		LocalDate today = LocalDate.now(COUNCIL);
		Map<String, Object> report = report("HSG-I5", "UNREASONABLY_PERSISTENT_CONTACT");
		report.put("contacts",
				List.of(Map.of("date", today.minusDays(3).toString(), "channel", "PHONE", "officerContacted",
						"officer-c1", "count", 14),
						Map.of("date", today.minusDays(2).toString(), "channel", "LETTER_OR_EMAIL", "officerContacted",
								"officer-c2", "count", 6),
						Map.of("date", today.minusDays(1).toString(), "channel", "IN_PERSON", "officerContacted",
								"officer-c1")));
		Response reported = api().post("/api/incidents", rep("rep-i5"), report);
		assertThat(reported.status()).isEqualTo(201);
		String path = "/api/incidents/" + reported.json().get("id").asString();

		JsonNode shown = api().get(path, rep("rep-i5")).json();
		assertThat(shown.get("incidentType").asString()).isEqualTo("UNREASONABLY_PERSISTENT_CONTACT");
		assertThat(shown.get("contacts").size()).isEqualTo(3);
		assertThat(shown.get("contacts").get(0).get("channel").asString()).isEqualTo("PHONE");
		assertThat(shown.get("contacts").get(0).get("count").asInt()).isEqualTo(14);
		assertThat(shown.get("contacts").get(2).get("count").asInt()).isEqualTo(1);
		assertThat(shown.get("totalContacts").asInt()).isEqualTo(21);

		Response byOfficer = api().post(path + "/review", manager("officer-c2"), Map.of("outcome", "WARNING_LETTER"));
		assertThat(byOfficer.status()).isEqualTo(422);
		assertThat(byOfficer.json().get("rule").asString()).isEqualTo("I9");
	}

	@Test
	@DisplayName("I5: contacts on another incident type or listed twice are refused (422 I5), a future date or a zero count is a 400 naming the field; nothing is stored")
	void persistentContactRefused() {
		String reporter = "rep-i5-" + UUID.randomUUID();
		LocalDate today = LocalDate.now(COUNCIL);
		Map<String, Object> contact = Map.of("date", today.toString(), "channel", "PHONE", "officerContacted",
				"officer-c1", "count", 2);

		Map<String, Object> wrongType = report("HSG-I5b", "VERBAL_ABUSE");
		wrongType.put("contacts", List.of(contact));
		assertRule(api().post("/api/incidents", rep(reporter), wrongType), "I5");

		Map<String, Object> twice = report("HSG-I5b", "UNREASONABLY_PERSISTENT_CONTACT");
		twice.put("contacts", List.of(contact, contact));
		assertRule(api().post("/api/incidents", rep(reporter), twice), "I5");

		Map<String, Object> future = report("HSG-I5b", "UNREASONABLY_PERSISTENT_CONTACT");
		future.put("contacts", List
			.of(Map.of("date", today.plusDays(2).toString(), "channel", "PHONE", "officerContacted", "officer-c1")));
		assertField(api().post("/api/incidents", rep(reporter), future), "contacts[0].date");

		Map<String, Object> zero = report("HSG-I5b", "UNREASONABLY_PERSISTENT_CONTACT");
		zero.put("contacts", List
			.of(Map.of("date", today.toString(), "channel", "PHONE", "officerContacted", "officer-c1", "count", 0)));
		assertField(api().post("/api/incidents", rep(reporter), zero), "contacts[0].count");

		assertThat(this.jdbc.queryForObject("select count(*) from incident where reported_by = ?", Integer.class,
				reporter))
			.isZero();
	}

	@Test
	@DisplayName("I6: a repeat incident for a customer on the register is linked to the entry end to end: IncidentReported and IncidentReviewed carry linkedEntryId; a REGISTER_ENTRY outcome needs no warning-stage reason")
	void repeatIncident() {
		UUID entryId = entryOnRegister(this.jdbc);
		Map<String, Object> report = report("HSG-I6", "VERBAL_ABUSE");
		report.put("linkedEntryId", entryId.toString());
		Response reported = api().post("/api/incidents", rep("rep-i6"), report);
		assertThat(reported.status()).isEqualTo(201);
		assertThat(reported.json().get("linkedEntryId").asString()).isEqualTo(entryId.toString());
		assertThat(reported.json().get("breachOfRestrictions").asBoolean()).isFalse();
		String incidentId = reported.json().get("id").asString();

		Response reviewed = api().post("/api/incidents/" + incidentId + "/review", manager("manager-i6"),
				Map.of("outcome", "REGISTER_ENTRY"));
		assertThat(reviewed.status()).isEqualTo(200);

		List<ConsumerRecord<String, byte[]>> events = eventsOf(incidentId, 2);
		assertThat(events).extracting((record) -> KafkaTestClient.header(record, Topics.TYPE_HEADER))
			.containsExactly("IncidentReported", "IncidentReviewed");
		for (ConsumerRecord<String, byte[]> event : events) {
			assertThat(JSON.readTree(event.value()).get("linkedEntryId").asString()).isEqualTo(entryId.toString());
		}
		assertThat(JSON.readTree(events.get(1).value()).get("warningStageBypassed").asBoolean()).isFalse();
	}

	@Test
	@DisplayName("I6: a link to an entry this service never heard of, or to a removed one, is refused (422 I6) and nothing is stored")
	void linkToEntryNotOnRegister() {
		String reporter = "rep-i6-" + UUID.randomUUID();
		Map<String, Object> unknown = report("HSG-I6b", "VERBAL_ABUSE");
		unknown.put("linkedEntryId", UUID.randomUUID().toString());
		assertRule(api().post("/api/incidents", rep(reporter), unknown), "I6");

		UUID removed = entryOnRegister(this.jdbc);
		removeEntry(this.jdbc, removed);
		Map<String, Object> toRemoved = report("HSG-I6b", "VERBAL_ABUSE");
		toRemoved.put("linkedEntryId", removed.toString());
		assertRule(api().post("/api/incidents", rep(reporter), toRemoved), "I6");

		Map<String, Object> notUuid = report("HSG-I6b", "VERBAL_ABUSE");
		notUuid.put("linkedEntryId", "entry-7");
		assertField(api().post("/api/incidents", rep(reporter), notUuid), "linkedEntryId");

		assertThat(this.jdbc.queryForObject("select count(*) from incident where reported_by = ?", Integer.class,
				reporter))
			.isZero();
	}

	@Test
	@DisplayName("I6: when the linked entry is removed before the review, the incident is reviewed and published as a new one, so register-service is never sent a link to an entry that is gone")
	void linkedEntryRemovedBeforeReview() {
		UUID entryId = entryOnRegister(this.jdbc);
		Map<String, Object> report = report("HSG-I6c", "VERBAL_ABUSE");
		report.put("linkedEntryId", entryId.toString());
		String incidentId = api().post("/api/incidents", rep("rep-i6c"), report).json().get("id").asString();
		removeEntry(this.jdbc, entryId);

		String review = "/api/incidents/" + incidentId + "/review";
		assertRule(api().post(review, manager("manager-i6c"), Map.of("outcome", "REGISTER_ENTRY")), "I10");
		assertThat(api().post(review, manager("manager-i6c"), Map.of("outcome", "WARNING_LETTER")).status())
			.isEqualTo(200);
		ConsumerRecord<String, byte[]> reviewed = eventsOf(incidentId, 2).get(1);
		assertThat(JSON.readTree(reviewed.value()).get("linkedEntryId").isNull()).isTrue();
	}

	@Test
	@DisplayName("I7: a breach of restrictions names the restriction and is linked to the entry; without an entry it is refused (422 I7)")
	void breachOfRestrictions() {
		UUID entryId = entryOnRegister(this.jdbc);
		Map<String, Object> breach = report("HSG-I7", "VERBAL_ABUSE");
		breach.put("linkedEntryId", entryId.toString());
		breach.put("breachedRestriction", "Banned from the Municipal Offices; came to reception");
		Response reported = api().post("/api/incidents", rep("rep-i7"), breach);
		assertThat(reported.status()).isEqualTo(201);
		assertThat(reported.json().get("breachOfRestrictions").asBoolean()).isTrue();
		assertThat(reported.json().get("breachedRestriction").asString()).startsWith("Banned");
		ConsumerRecord<String, byte[]> event = eventsOf(reported.json().get("id").asString(), 1).get(0);
		assertThat(JSON.readTree(event.value()).get("linkedEntryId").asString()).isEqualTo(entryId.toString());
		assertThat(KafkaTestClient.text(event)).doesNotContain("Banned", "reception");

		Map<String, Object> unlinked = report("HSG-I7", "VERBAL_ABUSE");
		unlinked.put("breachedRestriction", "Contacted an officer other than the named one");
		assertRule(api().post("/api/incidents", rep("rep-i7"), unlinked), "I7");
	}

	private static List<ConsumerRecord<String, byte[]>> eventsOf(String incidentId, int expected) {
		return org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> KafkaTestClient.shared()
				.readAll(Topics.INCIDENT_EVENTS, Duration.ofSeconds(10))
				.stream()
				.filter((record) -> incidentId.equals(record.key()))
				.toList(), (found) -> found.size() == expected);
	}

	private static void assertRule(Response response, String rule) {
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("rule").asString()).isEqualTo(rule);
	}

	private static void assertField(Response response, String field) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
	}

}
