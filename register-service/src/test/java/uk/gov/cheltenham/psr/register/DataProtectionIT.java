package uk.gov.cheltenham.psr.register;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.IncidentType;
import uk.gov.cheltenham.psr.register.audit.EntryReadAudit;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D3: every read and disclosure of an entry also goes to the tamper-evident audit trail.
 */
@PsrIntegrationTest
@Import(RegisterTestConfiguration.class)
class DataProtectionIT {

	@Autowired
	EntryReadAudit audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IncidentServiceStub incidentService;

	@Value("${local.server.port}")
	int port;

	@Test
	@DisplayName("D2: the customer's name is stored encrypted and read back in clear through the API")
	void customerRecordEncryptedAtRest() {
		RegisterScenario scenario = new RegisterScenario(this.port, this.incidentService);
		String entryId = scenario.openEntryWithCustomer(UUID.randomUUID(), "Morwenna Cipherton",
				IncidentType.VERBAL_ABUSE);
		scenario.awaitCustomer(entryId,
				(customer) -> "Morwenna Cipherton".equals(customer.path("customerName").asString()));
		String stored = this.jdbc.queryForObject("select customer_name from customer_record where entry_id = ?",
				String.class, UUID.fromString(entryId));
		assertThat(stored).startsWith("v1:").doesNotContain("Morwenna").doesNotContain("Cipherton");
	}

	private JsonNode verification() {
		return ApiClient.local(this.port)
			.get("/api/audit-trail/verification", Tokens.shared().forUser("cro-1", "CRO"))
			.json();
	}

	@Test
	@DisplayName("D3: reads and disclosures are chained, and an altered row is reported by the verification")
	void readsChainedAndTamperingReported() {
		UUID entryId = UUID.randomUUID();
		this.audit.recordRead(entryId, "cro-1", "CRO", "review");
		this.audit.recordDisclosure(entryId, "letters-service", "SERVICE", "letter",
				List.of("customerName", "address"));
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select actor, action, detail from audit_trail where subject_type = 'entry' and subject_id = ? order by seq",
				entryId.toString());
		assertThat(rows).extracting((row) -> row.get("action")).containsExactly("READ", "DISCLOSE");
		assertThat(rows.get(1).get("detail")).isEqualTo("customerName,address");
		assertThat(verification().get("intact").asBoolean()).isTrue();

		Long seq = this.jdbc.queryForObject(
				"select max(seq) from audit_trail where subject_type = 'entry' and subject_id = ?", Long.class,
				entryId.toString());
		this.jdbc.execute("alter table audit_trail disable trigger audit_trail_no_update");
		try {
			this.jdbc.update("update audit_trail set actor = 'someone-else' where seq = ?", seq);
			JsonNode broken = verification();
			assertThat(broken.get("intact").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenSeq").asLong()).isEqualTo(seq);
		}
		finally {
			this.jdbc.update("update audit_trail set actor = 'letters-service' where seq = ?", seq);
			this.jdbc.execute("alter table audit_trail enable trigger audit_trail_no_update");
		}
		assertThat(verification().get("intact").asBoolean()).isTrue();
	}

}
