package uk.gov.cheltenham.psr.platform.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * This service's own access token from the token endpoint (OAuth2 client-credentials
 * grant), kept until shortly before it expires so that a busy caller does not ask for one
 * per request.
 */
public final class ServiceTokens {

	/** Renew this long before expiry, so a token never runs out in flight. */
	private static final Duration MARGIN = Duration.ofSeconds(30);

	private final RestClient tokenEndpoint;

	private final String clientId;

	private final String clientSecret;

	private final Clock clock;

	private Token current;

	public ServiceTokens(RestClient.Builder builder, URI tokenUri, String clientId, String clientSecret, Clock clock) {
		this.tokenEndpoint = builder.baseUrl(tokenUri.toString()).build();
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.clock = clock;
	}

	/**
	 * A valid access token, fetched when none is held or the held one is about to expire.
	 */
	public synchronized String accessToken() {
		Instant now = this.clock.instant();
		if (this.current == null || !now.isBefore(this.current.renewAfter())) {
			this.current = fetch(now);
		}
		return this.current.value();
	}

	/** Forgets the held token, e.g. after the callee refused it. */
	public synchronized void forget() {
		this.current = null;
	}

	private Token fetch(Instant now) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		try {
			Map<?, ?> answer = this.tokenEndpoint.post()
				.headers((headers) -> headers.setBasicAuth(this.clientId, this.clientSecret))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(Map.class);
			Object value = (answer != null) ? answer.get("access_token") : null;
			if (!(value instanceof String token)) {
				throw new ServiceUnavailable("the token endpoint gave no access token");
			}
			long expiresIn = (answer.get("expires_in") instanceof Number number) ? number.longValue() : 60;
			return new Token(token, now.plusSeconds(expiresIn).minus(MARGIN));
		}
		catch (RestClientException ex) {
			throw new ServiceUnavailable("the token endpoint could not be reached or refused this service", ex);
		}
	}

	private record Token(String value, Instant renewAfter) {
	}

}
