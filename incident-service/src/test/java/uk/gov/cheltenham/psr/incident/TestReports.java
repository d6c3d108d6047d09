package uk.gov.cheltenham.psr.incident;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryRemoved;
import uk.gov.cheltenham.psr.events.EventFixtures;
import uk.gov.cheltenham.psr.testsupport.KafkaTestClient;

import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.awaitility.Awaitility.await;

/** Request bodies and tokens the integration tests share. */
final class TestReports {

	static final String CUSTOMER_NAME = "Zebedee Quarrington";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private TestReports() {
	}

	static String rep(String subject) {
		return Tokens.shared().forUser(subject, "REPRESENTATIVE");
	}

	static String manager(String subject) {
		return Tokens.shared().forUser(subject, "MANAGER");
	}

	static String registerService() {
		return Tokens.shared().forService("register-service");
	}

	/**
	 * Opens an entry as register-service would announce it, and waits until this service
	 * has taken the event in (I6, I7, I8).
	 */
	static UUID entryOnRegister(JdbcTemplate jdbc) {
		UUID entryId = UUID.randomUUID();
		KafkaTestClient.shared()
			.sendEvent(KafkaTestClient.fromFixture(EventFixtures.json(EntryOpened.class), EntryOpened.class,
					Map.of("entryId", entryId)));
		awaitStanding(jdbc, entryId, "ON_REGISTER");
		return entryId;
	}

	/** Removes the entry as register-service would announce it (R12), and waits. */
	static void removeEntry(JdbcTemplate jdbc, UUID entryId) {
		KafkaTestClient.shared()
			.sendEvent(KafkaTestClient.fromFixture(EventFixtures.json(EntryRemoved.class), EntryRemoved.class,
					Map.of("entryId", entryId)));
		awaitStanding(jdbc, entryId, "REMOVED");
	}

	private static void awaitStanding(JdbcTemplate jdbc, UUID entryId, String standing) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.queryForList("select standing from register_entry where entry_id = ?", String.class,
					entryId), (found) -> found.contains(standing));
	}

	/** Uploads an attachment (I2) as the holder of {@code token}. */
	static HttpResponse<String> upload(int port, String path, String token, String type, String fileName,
			String contentType, byte[] content) throws Exception {
		String boundary = "psr-" + UUID.randomUUID();
		byte[] body = attachmentForm(boundary, type, fileName, contentType, content);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The multipart form of an attachment upload (I2): its type and the file. */
	static byte[] attachmentForm(String boundary, String type, String fileName, String contentType, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	/** A complete I1 report, an hour old, that the caller may change. */
	static Map<String, Object> report(String reference, String incidentType) {
		return report(reference, incidentType, Instant.now().minusSeconds(3600));
	}

	static Map<String, Object> report(String reference, String incidentType, Instant occurredAt) {
		return new HashMap<>(Map.of("affectedPerson", "officer-a", "occurredAt", occurredAt.toString(), "location",
				"Municipal Offices, Bath Road", "channel", "IN_PERSON", "serviceArea", "housing", "incidentType",
				incidentType, "customerName", CUSTOMER_NAME, "whatHappened",
				"The customer shouted threats at the officer", "customerReferences",
				List.of(Map.of("team", "housing", "reference", reference)), "otherInvolvedPeople",
				List.of("witness-1")));
	}

}
