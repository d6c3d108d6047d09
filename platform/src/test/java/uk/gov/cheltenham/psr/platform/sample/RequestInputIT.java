package uk.gov.cheltenham.psr.platform.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.Socket;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;

import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service gets from the platform's web input handling: odd headers, Tomcat's
 * own refusals and NUL characters are answered as 4xx problem details, never a 500 or an
 * HTML page.
 */
@PsrIntegrationTest
class RequestInputIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	private HttpResponse<String> post(String contentType, String accept, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/sample/notes"))
			.header("Authorization", "Bearer " + Tokens.shared().forUser("someone", "CRO"))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode problem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		return problem;
	}

	@Test
	@DisplayName("a well-formed request still reaches the controller")
	void wellFormed() throws Exception {
		HttpResponse<String> response = post("application/json", "application/json", "{\"text\":\"hello\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).get("text").asString()).isEqualTo("hello");
	}

	@Test
	@DisplayName("an unparseable, wildcard or form Content-Type is a 415 problem naming Content-Type")
	void oddContentType() throws Exception {
		for (String contentType : new String[] { "not a media type", "application/*", "*/*",
				"application/x-www-form-urlencoded", "////" }) {
			JsonNode problem = problem(post(contentType, null, "{\"text\":\"hello\"}"), 415);
			assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Content-Type");
		}
	}

	@Test
	@DisplayName("an Accept header that is not a list of media types is a 406 problem naming Accept")
	void oddAccept() throws Exception {
		JsonNode problem = problem(post("application/json", "////", "{\"text\":\"hello\"}"), 406);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Accept");
	}

	@Test
	@DisplayName("a NUL character in a JSON string is a 400 problem naming the field")
	void nulCharacter() throws Exception {
		JsonNode problem = problem(post("application/json", null, "{\"text\":\"a\\u0000b\"}"), 400);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("text");
	}

	@Test
	@DisplayName("a JSON body over the 1 MB limit is refused before it is read: 413 naming the body when its length "
			+ "is declared, a 400 problem when it is sent chunked")
	void bodyTooLarge() throws Exception {
		String large = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		JsonNode declared = problem(post("application/json", null, large), 413);
		assertThat(declared.get("errors").get(0).get("field").asString()).isEqualTo("body");

		HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/sample/notes"))
			.header("Authorization", "Bearer " + Tokens.shared().forUser("someone", "CRO"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))))
			.build();
		problem(HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()), 400);
	}

	@Test
	@DisplayName("a request Tomcat refuses itself (encoded slash, encoded NUL) is a 400 problem, not an HTML page")
	void refusedByTomcat() throws Exception {
		for (String path : new String[] { "/api/sample/a%2Fb", "/api/sample/a%00b" }) {
			String answer = rawGet(path);
			assertThat(answer).startsWith("HTTP/1.1 400");
			assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json")
				.doesNotContainIgnoringCase("<html")
				.doesNotContain("Tomcat");
		}
	}

	/** Sent on a socket: Java's HTTP client will not send such paths. */
	private String rawGet(String path) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
