package uk.gov.cheltenham.psr.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service's HTTP API as a client would: JSON in and out, a bearer token, and the
 * status and body handed back whatever they are (tests assert on 4xx answers too).
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	public ApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public static ApiClient local(int port) {
		return new ApiClient("http://127.0.0.1:" + port);
	}

	public Response get(String path, String token) {
		return send(request(path, token).GET());
	}

	public Response post(String path, String token, Object body) {
		return post(path, token, body, Map.of());
	}

	/** A POST with extra request headers, e.g. {@code Idempotency-Key}. */
	public Response post(String path, String token, Object body, Map<String, String> headers) {
		String json = (body instanceof String text) ? text : JSON.writeValueAsString(body);
		HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(builder::header);
		return send(builder);
	}

	/** A POST with no body and no Content-Type, as for a command named by its path. */
	public Response post(String path, String token) {
		return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** Any method; a non-null body is sent as JSON. */
	public Response call(String method, String path, String token, String jsonBody) {
		HttpRequest.Builder builder = request(path, token);
		if (jsonBody != null) {
			builder.header("Content-Type", "application/json");
		}
		return send(builder.method(method, (jsonBody != null) ? HttpRequest.BodyPublishers.ofString(jsonBody)
				: HttpRequest.BodyPublishers.noBody()));
	}

	public Response delete(String path, String token) {
		return send(request(path, token).DELETE());
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One HTTP answer. */
	public record Response(int status, String body, String contentType, Map<String, List<String>> headers) {

		public Response(int status, String body, String contentType) {
			this(status, body, contentType, Map.of());
		}

		/** The first value of a response header (case-insensitive), or {@code null}. */
		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty())
				.map((header) -> header.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

}
