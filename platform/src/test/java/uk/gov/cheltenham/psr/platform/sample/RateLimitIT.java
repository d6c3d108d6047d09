package uk.gov.cheltenham.psr.platform.sample;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's per-caller request limits (configured in application-test.yml: 3 per
 * hour).
 */
@PsrIntegrationTest
class RateLimitIT {

	@Value("${local.server.port}")
	int port;

	private Response get(String caller) {
		return ApiClient.local(this.port)
			.get("/api/sample/limited/x", Tokens.shared().forUser(caller, "REPRESENTATIVE"));
	}

	@Test
	@DisplayName("D2: beyond the limit a caller gets 429 problem details with Retry-After; other callers are unaffected")
	void limitPerCaller() {
		for (int i = 0; i < 3; i++) {
			assertThat(get("flooder").status()).isEqualTo(200);
		}
		Response refused = get("flooder");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.isProblem()).isTrue();
		assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
		assertThat(get("someone-else").status()).isEqualTo(200);
		assertThat(ApiClient.local(this.port).get("/api/sample", Tokens.shared().forUser("flooder", "CRO")).status())
			.as("paths without a rule are not limited")
			.isEqualTo(200);
	}

}
