package uk.gov.cheltenham.psr.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for the token server's demo users, got as a person gets them with curl:
 * the password grant ({@code grant_type=password}, password = user name). Each user's
 * token is fetched once and reused; it lasts an hour.
 */
public final class DemoLogins {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String tokenUri;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	/**
	 * Logins at the given token endpoint.
	 * @param tokenUri e.g. {@code http://127.0.0.1:9000/oauth2/token}
	 */
	public DemoLogins(String tokenUri) {
		this.tokenUri = tokenUri;
	}

	/**
	 * A bearer token for a demo user.
	 * @param username e.g. {@code rep}, {@code manager}, {@code cro}
	 * @return the access token
	 * @throws IllegalStateException if the token server refuses the login
	 */
	public String token(String username) {
		return this.tokens.computeIfAbsent(username, this::login);
	}

	private String login(String username) {
		String user = URLEncoder.encode(username, StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.tokenUri))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=" + user + "&password=" + user))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"Login of " + username + " refused (" + response.statusCode() + "): " + response.body());
			}
			JsonNode token = JSON.readTree(response.body()).get("access_token");
			if (token == null) {
				throw new IllegalStateException("No access_token in " + response.body());
			}
			return token.asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not reach the token server at " + this.tokenUri, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted logging in", ex);
		}
	}

}
