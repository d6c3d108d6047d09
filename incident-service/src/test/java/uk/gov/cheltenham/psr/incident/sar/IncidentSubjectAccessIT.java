package uk.gov.cheltenham.psr.incident.sar;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** D4: the incidents of an entry for register-service's subject access request. */
@PsrIntegrationTest
class IncidentSubjectAccessIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("D4, D3: register-service receives the entry's incidents with witness statements and attachment metadata; the disclosure is audited; another service is refused")
	void incidentsForSubjectAccess() {
		ApiClient api = ApiClient.local(this.port);
		String reporter = Tokens.shared().forUser("rep-sar", "REPRESENTATIVE");
		Response reported = api.post("/api/incidents", reporter,
				Map.of("affectedPerson", "officer-sar", "occurredAt", Instant.now().minusSeconds(3600).toString(),
						"channel", "PHONE", "serviceArea", "housing", "incidentType", "VERBAL_ABUSE", "customerName",
						"Subject Access Person", "whatHappened", "Shouted at the officer", "customerReferences",
						List.of(Map.of("team", "housing", "reference", "HSG-SAR"))));
		assertThat(reported.status()).isEqualTo(201);
		String incidentId = reported.json().get("id").asString();
		assertThat(api
			.post("/api/incidents/" + incidentId + "/witness-statements", reporter,
					Map.of("witness", "witness-sar", "statement", "I heard the shouting"))
			.status()).isEqualTo(201);
		UUID entryId = UUID.randomUUID();
		String path = "/internal/incidents/subject-access?entryId=" + entryId + "&incidentIds=" + incidentId + ","
				+ UUID.randomUUID();

		Response answer = api.get(path, Tokens.shared().forService("register-service"));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode incident = answer.json().get("records").get("incident").get(incidentId);
		assertThat(answer.json().get("records").get("incident").size()).isEqualTo(1);
		assertThat(incident.get("customerName").asString()).isEqualTo("Subject Access Person");
		assertThat(incident.get("witnessStatements").get(0).get("statement").asString())
			.isEqualTo("I heard the shouting");
		assertThat(incident.get("customerReferences").get(0).get("reference").asString()).isEqualTo("HSG-SAR");
		assertThat(incident.has("attachments")).isTrue();
		assertThat(this.jdbc.queryForList(
				"select actor, action, purpose, detail from audit_trail where subject_type = 'entry' and subject_id = ?",
				entryId.toString()))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("actor")).isEqualTo("register-service");
				assertThat(row.get("action")).isEqualTo("DISCLOSE");
				assertThat(row.get("purpose")).isEqualTo("subject access");
				assertThat((String) row.get("detail")).contains(incidentId);
			});

		assertThat(api.get(path, Tokens.shared().forService("letters-service")).status()).isEqualTo(403);
		assertThat(api.get(path, Tokens.shared().forUser("cro-sar", "CRO")).status()).isEqualTo(403);
		assertThat(api
			.get("/internal/incidents/subject-access?entryId=" + entryId,
					Tokens.shared().forService("register-service"))
			.json()
			.get("records")
			.get("incident")
			.size()).isZero();
	}

}
