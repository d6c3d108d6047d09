package uk.gov.cheltenham.psr.incident;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R12, D5 against the real broker: register-service's EntryPurged (the contract fixture)
 * deletes for good what this service holds about the entry's incidents.
 */
@IncidentServiceTest
class EntryPurgeIT {

	/** Every table that holds something of an incident, and its incident column. */
	private static final Map<String, String> INCIDENT_TABLES = Map.of("incident", "id", "incident_witness_statement",
			"incident_id", "incident_attachment", "incident_id", "incident_contact", "incident_id",
			"incident_customer_reference", "incident_id", "incident_involved_person", "incident_id",
			"incident_submission", "incident_id", "disclosure_log", "incident_id", "register_entry_incident",
			"incident_id");

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail auditTrail;

	private ApiClient api() {
		return ApiClient.local(this.port);
	}

	@Test
	@DisplayName("R12, D5: EntryPurged deletes the entry's incidents (named when it opened, or linked later) with their statements, attachments, contacts, references, idempotency keys and disclosures, and its contact-details updates; other incidents stay; counts stay; redelivery changes nothing")
	void purgeDeletesForGood() throws Exception {
		UUID named = report(null, "HSG-R12-A", "purge-key-a");
		UUID entryId = UUID.randomUUID();
		KafkaTestClient.shared()
			.sendEvent(KafkaTestClient.fromFixture(EventFixtures.json(EntryOpened.class), EntryOpened.class,
					Map.of("entryId", entryId, "incidentIds", List.of(named))));
		await().atMost(Duration.ofSeconds(60)).until(() -> count("register_entry_incident", "entry_id", entryId) == 1);
		UUID repeat = report(entryId, "HSG-R12-B", null);
		UUID other = report(null, "HSG-R12-C", "purge-key-c");
		for (UUID incident : List.of(named, repeat, other)) {
			addEvidence(incident);
			assertThat(
					api().get("/internal/incidents/" + incident + "/customer", TestReports.registerService()).status())
				.isEqualTo(200);
		}
		Response update = api().post("/api/contact-details-updates", TestReports.rep("rep-r12"), new HashMap<>(
				Map.of("entryId", entryId.toString(), "serviceArea", "housing", "phone", "01242 121212")));
		assertThat(update.status()).isEqualTo(201);
		UUID updateId = UUID.fromString(update.json().get("updateId").asString());
		assertThat(api().get("/internal/contact-details-updates/" + updateId, TestReports.registerService()).status())
			.isEqualTo(200);
		int countedBefore = purgedCount();

		EntryPurged purged = KafkaTestClient.fromFixture(EventFixtures.json(EntryPurged.class), EntryPurged.class,
				Map.of("entryId", entryId));
		KafkaTestClient.shared().sendEvent(purged);
		await().atMost(Duration.ofSeconds(60)).until(() -> count("incident", "id", named) == 0);

		assertNothingLeftOf(named, repeat, entryId, updateId);
		assertUntouched(other);
		assertThat(purgedCount()).isEqualTo(countedBefore + 2);
		assertThat(this.auditTrail.about("entry", entryId.toString()))
			.anySatisfy((line) -> assertThat(line.action()).isEqualTo("DELETE"));

		// the same event again, and a second purge of the same entry under a new event id
		KafkaTestClient.shared().sendEvent(purged);
		EntryPurged again = KafkaTestClient.fromFixture(EventFixtures.json(EntryPurged.class), EntryPurged.class,
				Map.of("entryId", entryId, "eventId", UUID.randomUUID()));
		KafkaTestClient.shared().sendEvent(again);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.queryForObject("select count(*) from processed_event where event_id = ?",
					Integer.class, again.eventId()) == 1);
		assertNothingLeftOf(named, repeat, entryId, updateId);
		assertUntouched(other);
		assertThat(purgedCount()).isEqualTo(countedBefore + 2);
	}

	private void assertNothingLeftOf(UUID named, UUID repeat, UUID entryId, UUID updateId) {
		for (UUID incident : List.of(named, repeat)) {
			INCIDENT_TABLES.forEach((table, column) -> assertThat(count(table, column, incident))
				.as("%s rows of a purged incident", table)
				.isZero());
		}
		assertThat(count("contact_details_update", "entry_id", entryId)).isZero();
		assertThat(count("disclosure_log", "contact_details_update_id", updateId)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from incident_attachment_content c where not exists"
				+ " (select 1 from incident_attachment a where a.id = c.attachment_id)", Integer.class))
			.isZero();
	}

	private void assertUntouched(UUID other) {
		INCIDENT_TABLES.forEach((table, column) -> {
			if (!table.equals("register_entry_incident")) {
				assertThat(count(table, column, other)).as("%s rows of another incident", table).isPositive();
			}
		});
	}

	private UUID report(UUID linkedEntryId, String reference, String idempotencyKey) {
		Map<String, Object> body = TestReports.report(reference, "UNREASONABLY_PERSISTENT_CONTACT");
		body.put("contacts", List
			.of(Map.of("date", "2026-01-05", "channel", "PHONE", "officerContacted", "officer-r12", "count", 3)));
		if (linkedEntryId != null) {
			body.put("linkedEntryId", linkedEntryId.toString());
		}
		Response reported = (idempotencyKey != null)
				? api().post("/api/incidents", TestReports.rep("rep-r12"), body,
						Map.of("Idempotency-Key", idempotencyKey + "-" + UUID.randomUUID()))
				: api().post("/api/incidents", TestReports.rep("rep-r12"), body);
		assertThat(reported.status()).isEqualTo(201);
		return UUID.fromString(reported.json().get("id").asString());
	}

	private void addEvidence(UUID incident) throws Exception {
		String path = "/api/incidents/" + incident;
		assertThat(api()
			.post(path + "/witness-statements", TestReports.rep("rep-r12"),
					Map.of("witness", "witness-r12", "statement", "I heard him shout"))
			.status()).isEqualTo(201);
		assertThat(TestReports
			.upload(this.port, path + "/attachments", TestReports.rep("rep-r12"), "CORRESPONDENCE", "letter.txt",
					"text/plain", "Dear Sir".getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(201);
	}

	private int count(String table, String column, UUID id) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class,
				id);
	}

	private int purgedCount() {
		return this.jdbc.queryForObject("""
				select coalesce(sum(incidents), 0) from purged_incident_count
				where incident_type = 'UNREASONABLY_PERSISTENT_CONTACT' and service_area = 'housing'
				""", Integer.class);
	}

}
