package uk.gov.cheltenham.psr.platform.sample;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.client.RestClient;

import uk.gov.cheltenham.psr.platform.client.InternalApi;
import uk.gov.cheltenham.psr.platform.client.InternalApis;
import uk.gov.cheltenham.psr.platform.client.RecordGone;
import uk.gov.cheltenham.psr.platform.client.ServiceTokens;
import uk.gov.cheltenham.psr.platform.client.ServiceUnavailable;
import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One service calling another's internal API with its own client-credentials token. */
@PsrIntegrationTest
class InternalApiIT {

	@Value("${local.server.port}")
	int port;

	@Value("${psr.security.token-uri}")
	URI tokenUri;

	private InternalApi api(String clientId, String secret) {
		ServiceTokens tokens = new ServiceTokens(RestClient.builder(), this.tokenUri, clientId, secret,
				Clock.systemUTC());
		return new InternalApis(RestClient.builder(), tokens, Duration.ofSeconds(2)).forService("sample-service",
				"http://127.0.0.1:" + this.port);
	}

	@Test
	@DisplayName("D2: a service calls another's internal API with a token for its own client id")
	void callsWithOwnToken() {
		Map<?, ?> body = api("register-service", "register-secret").get(Map.class, "/internal/sample");
		assertThat(body.get("service")).isEqualTo("register-service");
	}

	@Test
	@DisplayName("the answers a caller must tell apart: found, not found, gone for good, unavailable")
	void answersToldApart() {
		InternalApi api = api("letters-service", "letters-secret");
		assertThat(api.get(Map.class, "/internal/sample/records/{state}", "open").get("state")).isEqualTo("open");
		assertThatThrownBy(() -> api.get(Map.class, "/internal/sample/records/{state}", "missing"))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> api.get(Map.class, "/internal/sample/records/{state}", "gone"))
			.isInstanceOf(RecordGone.class);
		assertThatThrownBy(() -> api.get(Map.class, "/internal/sample/records/{state}", "broken"))
			.isInstanceOf(ServiceUnavailable.class);
	}

	@Test
	@DisplayName("a wrong client secret or an unreachable service is 'unavailable', never a silent empty answer")
	void failuresAreUnavailable() {
		assertThatThrownBy(() -> api("register-service", "wrong").get(Map.class, "/internal/sample"))
			.isInstanceOf(ServiceUnavailable.class);
		ServiceTokens tokens = new ServiceTokens(RestClient.builder(), this.tokenUri, "register-service",
				"register-secret", Clock.systemUTC());
		InternalApi nowhere = new InternalApis(RestClient.builder(), tokens, Duration.ofSeconds(1))
			.forService("nowhere-service", "http://127.0.0.1:9");
		assertThatThrownBy(() -> nowhere.get(Map.class, "/internal/sample")).isInstanceOf(ServiceUnavailable.class);
	}

}
