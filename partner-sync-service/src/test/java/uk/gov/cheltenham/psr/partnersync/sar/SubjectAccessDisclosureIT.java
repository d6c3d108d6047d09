package uk.gov.cheltenham.psr.partnersync.sar;

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

/**
 * D4: an entry's disclosures and receipts for register-service's subject access request.
 * The plain {@link PsrIntegrationTest} configuration: the endpoint needs none of
 * {@code PartnerSyncIT}'s partner servers.
 */
@PsrIntegrationTest
class SubjectAccessDisclosureIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("D4, D3: register-service receives the entry's disclosures and linked receipts; the disclosure is audited; another service is refused")
	void disclosuresForSubjectAccess() {
		UUID entryId = UUID.randomUUID();
		UUID updateId = UUID.randomUUID();
		UUID receiptId = UUID.randomUUID();
		this.jdbc.update("""
				insert into outbound_update (id, version, kind, register_change, entry_id, source_event_id,
				    agreement_reference, recipient, created_at, status, sent_at)
				values (?, 0, 'UPDATE', 'ENTRY_OPENED', ?, ?, 'DSA-SAR', 'cbh@example.org', now(), 'SENT', now())""",
				updateId, entryId, UUID.randomUUID());
		this.jdbc.update(
				"insert into outbound_update_field (update_id, field_order, field_name) values (?, 0, 'restrictions')",
				updateId);
		this.jdbc.update("""
				insert into partner_update_receipt (id, idempotency_key, agreement_reference, change_kind,
				    partner_reference, summary, received_at)
				values (?, ?, 'DSA-SAR', 'CHANGE', 'CBH-SAR', 'CBH changed the address', now())""", receiptId,
				receiptId.toString());
		ApiClient api = ApiClient.local(this.port);
		String path = "/internal/disclosures/subject-access?entryId=" + entryId + "&receiptIds=" + receiptId;

		Response answer = api.get(path, Tokens.shared().forService("register-service"));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode disclosure = answer.json().get("records").get("disclosure").get(updateId.toString());
		assertThat(disclosure.get("agreementReference").asString()).isEqualTo("DSA-SAR");
		assertThat(disclosure.get("fields").get(0).asString()).isEqualTo("restrictions");
		assertThat(answer.json().get("records").get("receipt").get(receiptId.toString()).get("summary").asString())
			.isEqualTo("CBH changed the address");
		assertThat(this.jdbc.queryForList(
				"select actor, action, purpose from audit_trail where subject_type = 'entry' and subject_id = ?",
				entryId.toString()))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("actor")).isEqualTo("register-service");
				assertThat(row.get("action")).isEqualTo("DISCLOSE");
				assertThat(row.get("purpose")).isEqualTo("subject access");
			});

		assertThat(api.get(path, Tokens.shared().forService("letters-service")).status()).isEqualTo(403);
		assertThat(api.get(path, Tokens.shared().forUser("cro-sar", "CRO")).status()).isEqualTo(403);
	}

}
