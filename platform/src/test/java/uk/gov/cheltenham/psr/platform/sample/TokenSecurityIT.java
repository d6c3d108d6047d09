package uk.gov.cheltenham.psr.platform.sample;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's resource-server security, as every service gets it. */
@PsrIntegrationTest
class TokenSecurityIT {

	@Value("${local.server.port}")
	int port;

	private Response get(String path, String token) {
		return ApiClient.local(this.port).get(path, token);
	}

	private static Tokens.TokenBuilder user() {
		return Tokens.shared().token().subject("someone").roles("CRO");
	}

	@Test
	@DisplayName("D2: a valid token is accepted")
	void validToken() {
		Response response = get("/api/sample", user().build());
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("subject").asString()).isEqualTo("someone");
	}

	@Test
	@DisplayName("D2: no token is 401 problem details with a WWW-Authenticate challenge")
	void noToken() {
		Response response = get("/api/sample", null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("status").asInt()).isEqualTo(401);
	}

	@Test
	@DisplayName("D2: expired, wrong issuer, wrong audience, no audience, alg none and unknown key are all refused")
	void badTokensRefused() {
		assertThat(get("/api/sample", user().expired().build()).status()).isEqualTo(401);
		assertThat(get("/api/sample", user().issuer("https://evil.example").build()).status()).isEqualTo(401);
		assertThat(get("/api/sample", user().audience("another-system").build()).status()).isEqualTo(401);
		assertThat(get("/api/sample", user().audience().build()).status()).isEqualTo(401);
		assertThat(get("/api/sample", user().unsigned().build()).status()).isEqualTo(401);
		assertThat(get("/api/sample", user().signedByUnknownKey().build()).status()).isEqualTo(401);
		assertThat(get("/api/sample", "not-a-jwt").status()).isEqualTo(401);
	}

	@Test
	@DisplayName("D2: internal APIs take service tokens only; staff tokens get 403 problem details")
	void internalApisForServicesOnly() {
		assertThat(get("/internal/sample", Tokens.shared().forService("register-service")).status()).isEqualTo(200);
		Response staff = get("/internal/sample", user().build());
		assertThat(staff.status()).isEqualTo(403);
		assertThat(staff.isProblem()).isTrue();
	}

	@Test
	@DisplayName("health and the OpenAPI document are public; the rest is denied by default")
	void publicEndpoints() {
		assertThat(get("/actuator/health/readiness", null).status()).isEqualTo(200);
		assertThat(get("/v3/api-docs", null).status()).isEqualTo(200);
		assertThat(get("/v3/api-docs", null).json().at("/components/securitySchemes/bearer/scheme").asString())
			.isEqualTo("bearer");
		assertThat(get("/swagger-ui/index.html", null).status()).isEqualTo(200);
		assertThat(get("/actuator/env", user().build()).status()).isIn(403, 404);
		assertThat(get("/anything-else", null).status()).isEqualTo(401);
	}

}
