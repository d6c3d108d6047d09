package uk.gov.cheltenham.psr.platform.security;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token server that does not answer the JWKS request in time: the request is told to
 * retry later, through the same decoder and bearer-token filter the services use.
 */
class KeySourceUnavailableTest {

	private static final String ISSUER = "http://127.0.0.1:9";

	private final CountDownLatch release = new CountDownLatch(1);

	private HttpServer silentTokenServer;

	@BeforeEach
	void startSilentTokenServer() throws Exception {
		this.silentTokenServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.silentTokenServer.createContext("/oauth2/jwks", (exchange) -> {
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(500, -1);
			exchange.close();
		});
		this.silentTokenServer.start();
	}

	@AfterEach
	void stop() {
		this.release.countDown();
		this.silentTokenServer.stop(0);
	}

	@Test
	@DisplayName("a JWKS fetch that times out is 503 problem details with Retry-After, not 500")
	void jwksTimeoutIsServiceUnavailable() throws Exception {
		String jwks = "http://127.0.0.1:" + this.silentTokenServer.getAddress().getPort() + "/oauth2/jwks";
		BearerTokenAuthenticationFilter bearer = new BearerTokenAuthenticationFilter(
				new ProviderManager(new JwtAuthenticationProvider(ResourceServerSecurityConfiguration
					.verifyingDecoder(jwks, ISSUER, List.of("psr"), Duration.ofMillis(300), 100))));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/incidents");
		request.addHeader("Authorization", "Bearer " + signedToken());
		MockHttpServletResponse response = new MockHttpServletResponse();

		new KeySourceUnavailableFilter().doFilter(request, response, new MockFilterChain(new HttpServlet() {
		}, bearer));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503").doesNotContain("Bearer");
	}

	private static String signedToken() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
				new JWTClaimsSet.Builder().subject("someone")
					.issuer(ISSUER)
					.audience("psr")
					.expirationTime(Date.from(Instant.now().plusSeconds(300)))
					.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
