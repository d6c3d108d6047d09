package uk.gov.cheltenham.psr.letters.sar;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * D4: an entry's letters and PDFs for register-service's subject access request. Same
 * configuration as {@code AuthorizationMatrixIT}, so the Spring context is shared.
 */
@PsrIntegrationTest
class LetterSubjectAccessIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("D4, D3: register-service receives the entry's letters with their kept PDFs; the disclosure is audited; another service is refused")
	void lettersForSubjectAccess() {
		UUID entryId = UUID.randomUUID();
		UUID letterId = UUID.randomUUID();
		byte[] pdf = "%PDF-1.7 a kept letter".getBytes(StandardCharsets.US_ASCII);
		this.jdbc.update("""
				insert into letter (id, version, entry_id, request_id, letter_type, status, created_at)
				values (?, 0, ?, ?, 'WARNING', 'DRAFT', now())""", letterId, entryId, UUID.randomUUID());
		this.jdbc.update("""
				insert into letter_document (letter_id, pdf, sha256, size_bytes, template_version, rendered_at)
				values (?, ?, 'abc', ?, 'v1', now())""", letterId, pdf, pdf.length);
		ApiClient api = ApiClient.local(this.port);
		String path = "/internal/letters/subject-access?entryId=" + entryId;

		Response answer = api.get(path, Tokens.shared().forService("register-service"));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode letter = answer.json().get("records").get("letter").get(letterId.toString());
		assertThat(letter.get("letterType").asString()).isEqualTo("WARNING");
		assertThat(letter.get("pdf").asString()).isEqualTo("letters/" + letterId + ".pdf");
		JsonNode document = answer.json().get("documents").get(0);
		assertThat(document.get("itemPath").asString()).isEqualTo("letter/" + letterId + "/pdf");
		assertThat(Base64.getDecoder().decode(document.get("contentBase64").asString())).isEqualTo(pdf);
		assertThat(this.jdbc.queryForList(
				"select actor, action, purpose from audit_trail where subject_type = 'entry' and subject_id = ?",
				entryId.toString()))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("actor")).isEqualTo("register-service");
				assertThat(row.get("action")).isEqualTo("DISCLOSE");
				assertThat(row.get("purpose")).isEqualTo("subject access");
			});

		assertThat(api.get(path, Tokens.shared().forService("partner-sync-service")).status()).isEqualTo(403);
		assertThat(api.get(path, Tokens.shared().forUser("cro-sar", "CRO")).status()).isEqualTo(403);
	}

}
