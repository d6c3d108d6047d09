package uk.gov.cheltenham.psr.notification.sar;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.notification.MovableClockConfiguration;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** D4: an entry's deliveries for register-service's subject access request. */
@PsrIntegrationTest
@Import(MovableClockConfiguration.class)
class DeliverySubjectAccessIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("D4, D3: register-service receives the entry's deliveries; the disclosure is audited; another service is refused")
	void deliveriesForSubjectAccess() {
		UUID entryId = UUID.randomUUID();
		UUID deliveryId = UUID.randomUUID();
		this.jdbc.update("""
				insert into notification_delivery (id, version, event_id, subscription_id, entry_id, team,
				    customer_reference, marker_change, recipient, status, attempts, occurred_at, created_at, channel)
				values (?, 0, ?, ?, ?, 'housing', 'HSG-SAR', 'ADDED', 'housing@example.org', 'SENT', 1, now(), now(),
				    'EMAIL')""", deliveryId, UUID.randomUUID(), UUID.randomUUID(), entryId);
		ApiClient api = ApiClient.local(this.port);
		String path = "/internal/deliveries/subject-access?entryId=" + entryId;

		Response answer = api.get(path, Tokens.shared().forService("register-service"));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode delivery = answer.json().get("records").get("delivery").get(deliveryId.toString());
		assertThat(delivery.get("customerReference").asString()).isEqualTo("HSG-SAR");
		assertThat(delivery.get("status").asString()).isEqualTo("SENT");
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
