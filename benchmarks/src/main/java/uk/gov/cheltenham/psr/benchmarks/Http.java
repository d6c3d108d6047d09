package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP/1.1 with a bearer token, as a client of the services would call them.
 * One client per benchmark, shared by its sender threads (it keeps connections alive).
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newFixedThreadPool(4, OpenLoad.daemonThreads("psr-bench-http")))
		.build();

	/** An answer; {@code status} is -1 when the call failed without one. */
	record Answer(int status, String body) {

		boolean is2xx() {
			return this.status >= 200 && this.status <= 299;
		}

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	Answer post(String url, String token, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		return send(request, token);
	}

	Answer delete(String url, String token) {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).DELETE(), token);
	}

	Answer get(String url, String token) {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET(), token);
	}

	private Answer send(HttpRequest.Builder request, String token) {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			return new Answer(-1, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(-1, "interrupted");
		}
	}

	static JsonNode expect(Answer answer, int status, String what) {
		if (answer.status() != status) {
			throw new IllegalStateException(
					what + ": expected " + status + " but got " + answer.status() + ": " + answer.body());
		}
		return answer.json();
	}

}
