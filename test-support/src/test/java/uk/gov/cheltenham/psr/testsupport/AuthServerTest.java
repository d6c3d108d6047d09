package uk.gov.cheltenham.psr.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class AuthServerTest {

	private static AuthServer server;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		server = AuthServer.start(0, Tokens.generate());
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@Test
	void clientCredentialsGrantIssuesAServiceToken() throws Exception {
		HttpResponse<String> response = post("grant_type=client_credentials",
				basic("register-service", "register-secret"));
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> body = JSONObjectUtils.parse(response.body());
		assertThat(body).containsEntry("token_type", "Bearer").containsKey("expires_in");
		Jwt jwt = decoder().decode((String) body.get("access_token"));
		assertThat(jwt.getSubject()).isEqualTo("register-service");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
	}

	@Test
	void clientSecretPostIsAcceptedToo() throws Exception {
		HttpResponse<String> response = post(
				"grant_type=client_credentials&client_id=letters-service&client_secret=letters-secret", null);
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void passwordGrantIssuesAUserToken() throws Exception {
		HttpResponse<String> response = post("grant_type=password&username=manager&password=manager", null);
		assertThat(response.statusCode()).isEqualTo(200);
		Jwt jwt = decoder().decode((String) JSONObjectUtils.parse(response.body()).get("access_token"));
		assertThat(jwt.getSubject()).isEqualTo("manager");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MANAGER");
	}

	@Test
	void badCredentialsAreRefused() throws Exception {
		HttpResponse<String> wrongSecret = post("grant_type=client_credentials", basic("incident-service", "nope"));
		assertThat(wrongSecret.statusCode()).isEqualTo(401);
		assertThat(JSONObjectUtils.parse(wrongSecret.body())).containsEntry("error", "invalid_client");

		HttpResponse<String> noClient = post("grant_type=client_credentials", null);
		assertThat(noClient.statusCode()).isEqualTo(401);

		HttpResponse<String> wrongPassword = post("grant_type=password&username=rep&password=nope", null);
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(JSONObjectUtils.parse(wrongPassword.body())).containsEntry("error", "invalid_grant");
	}

	@Test
	void unsupportedGrantIsABadRequest() throws Exception {
		HttpResponse<String> response = post("grant_type=authorization_code&code=x", null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSONObjectUtils.parse(response.body())).containsEntry("error", "unsupported_grant_type");
	}

	@Test
	void discoveryDocumentNamesTheEndpoints() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(server.issuer() + "/.well-known/openid-configuration")).build(),
				HttpResponse.BodyHandlers.ofString());
		Map<String, Object> metadata = JSONObjectUtils.parse(response.body());
		assertThat(metadata).containsEntry("issuer", server.issuer())
			.containsEntry("jwks_uri", server.jwkSetUri())
			.containsEntry("token_endpoint", server.tokenUri());
		HttpResponse<String> jwks = this.http.send(
				HttpRequest.newBuilder(URI.create(server.issuer() + "/.well-known/jwks.json")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(jwks.body()).isEqualTo(server.tokens().jwkSetJson()).doesNotContain("\"d\"");
	}

	@Test
	void everyDemoUserCanLogIn() throws Exception {
		for (AuthServer.DemoUser user : AuthServer.DEMO_USERS) {
			HttpResponse<String> response = post(
					"grant_type=password&username=" + user.username() + "&password=" + user.password(), null);
			assertThat(response.statusCode()).as(user.username()).isEqualTo(200);
		}
	}

	private HttpResponse<String> post(String form, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.tokenUri()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String clientId, String secret) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	private static NimbusJwtDecoder decoder() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(server.jwkSetUri()).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(server.issuer()));
		return decoder;
	}

}
