package uk.gov.cheltenham.psr.incident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.testsupport.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cheltenham.psr.incident.TestReports.manager;
import static uk.gov.cheltenham.psr.incident.TestReports.registerService;
import static uk.gov.cheltenham.psr.incident.TestReports.rep;
import static uk.gov.cheltenham.psr.incident.TestReports.report;

/**
 * Generated bad input at every endpoint: random and malformed JSON, wrong types, unknown
 * enum values, huge strings, odd path values and odd headers. Whatever is sent, the
 * answer is never a 5xx, every 4xx is RFC 9457 problem details, and a report is stored
 * once per 201 and never otherwise. Seeded, so a failure is reproduced with
 * {@code -Dpsr.fuzz.seed=<seed>}.
 */
@IncidentServiceTest
class GeneratedBadInputIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final long SEED = Long.getLong("psr.fuzz.seed", 20261128L);

	private static final int REQUESTS_PER_ENDPOINT = 60;

	private static final String FUZZ_REPORTER = "rep-fuzz-" + UUID.randomUUID();

	private static final List<Object> ODD_VALUES = List.of("", " ", "UNKNOWN_VALUE", "not-a-uuid", "2026-02-30",
			"2026-13-01T25:61:00Z", "9999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "yesterday", "\u0000",
			"\u202e\u0007\r\n", "💥".repeat(500), "<script>alert(1)</script>", "'; drop table incident; --",
			"../../etc/passwd", 0, -1, Long.MAX_VALUE, 1.0e308, -0.5, true, false, List.of(), List.of(1, "a", false),
			Map.of(), Map.of("nested", Map.of("deeper", List.of(Map.of()))));

	private static final List<String> ODD_PATH_VALUES = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
			"%00", "..%2F..%2Fetc", "%E2%98%83", "x".repeat(3000), "1", "null", "%20");

	private static final List<String> ODD_CONTENT_TYPES = List.of("text/plain", "application/xml",
			"application/json; charset=ebcdic", "application/json; charset=utf-16", "////", "multipart/form-data",
			"multipart/form-data; boundary=", "application/x-www-form-urlencoded", "*/*", "application/json;;;");

	private static final List<String> ODD_ACCEPTS = List.of("text/html", "application/xml", "*/*", "////",
			"application/json;q=0", "image/png, text/csv", "application/problem+json");

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final Random random = new Random(SEED);

	private final List<String> failures = new ArrayList<>();

	private String incidentId;

	private String statementId;

	private String attachmentId;

	private String updateId;

	private final Set<String> reportsCreated = new HashSet<>();

	@BeforeEach
	void someRealRecordsToAimAt() throws Exception {
		ApiClient api = ApiClient.local(this.port);
		this.incidentId = api.post("/api/incidents", rep(FUZZ_REPORTER), report("HSG-FUZZ", "VERBAL_ABUSE"))
			.json()
			.get("id")
			.asString();
		this.statementId = api
			.post("/api/incidents/" + this.incidentId + "/witness-statements", rep(FUZZ_REPORTER),
					Map.of("witness", "witness-fuzz", "statement", "I saw it"))
			.json()
			.get("id")
			.asString();
		String boundary = "fuzz-" + UUID.randomUUID();
		HttpResponse<String> uploaded = HTTP
			.send(request("/api/incidents/" + this.incidentId + "/attachments", rep(FUZZ_REPORTER))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(TestReports.attachmentForm(boundary, "CORRESPONDENCE",
						"note.txt", "text/plain", "note".getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofString());
		this.attachmentId = JSON.readTree(uploaded.body()).get("id").asString();
		UUID entryId = TestReports.entryOnRegister(this.jdbc);
		this.updateId = api
			.post("/api/contact-details-updates", rep(FUZZ_REPORTER),
					Map.of("entryId", entryId.toString(), "serviceArea", "housing", "phone", "01242 000000"))
			.json()
			.get("updateId")
			.asString();
	}

	@Test
	@DisplayName("Bad input (generated): random, malformed and oversized requests with odd headers at every endpoint get no 5xx, every 4xx is problem details, and nothing is half stored")
	void noServerErrorsAndProblemDetails() {
		String manager = manager("manager-fuzz");
		String reporter = rep(FUZZ_REPORTER);
		String incident = "/api/incidents/{id}";
		fuzz("POST", "/api/incidents", reporter, this::reportBody);
		fuzz("GET", "/api/incidents", reporter, null);
		fuzz("GET", incident, manager, null);
		fuzz("POST", incident + "/witness-statements", reporter,
				() -> new LinkedHashMap<>(Map.of("witness", "witness-x", "statement", "I heard it")));
		fuzz("GET", incident + "/witness-statements", reporter, null);
		fuzz("GET", incident + "/witness-statements/{statementId}", reporter, null);
		fuzz("GET", "/api/incidents/awaiting-review", manager, null);
		fuzz("GET", "/api/incidents/overdue", manager, null);
		fuzz("POST", incident + "/review", manager, () -> new LinkedHashMap<>(Map.of("outcome", "WARNING_LETTER",
				"warningBypassReason", "reason", "supportOffered", true, "policeInformed", false)));
		fuzz("POST", incident + "/attachments", reporter,
				() -> new LinkedHashMap<>(Map.of("type", "PHOTO", "file", "abc")));
		fuzz("GET", incident + "/attachments", reporter, null);
		fuzz("GET", incident + "/attachments/{attachmentId}", reporter, null);
		fuzz("GET", "/internal/incidents/{id}/customer", registerService(), null);
		fuzz("POST", "/api/contact-details-updates", reporter,
				() -> new LinkedHashMap<>(Map.of("entryId", UUID.randomUUID().toString(), "serviceArea", "housing",
						"address", "1 New Street", "email", "a@example.org", "changedOn", "2026-01-01")));
		fuzz("GET", "/api/contact-details-updates/{updateId}", reporter, null);
		fuzz("GET", "/internal/contact-details-updates/{updateId}", registerService(), null);

		assertThat(this.failures).as("seed %d: requests answered wrongly", SEED).isEmpty();
		// the report made in setup and those answered 201, and no other: nothing half
		// stored
		this.reportsCreated.add(this.incidentId);
		assertThat(this.jdbc.queryForList("select id::text from incident where reported_by = ?", String.class,
				FUZZ_REPORTER))
			.containsExactlyInAnyOrderElementsOf(this.reportsCreated);
	}

	private Map<String, Object> reportBody() {
		Map<String, Object> body = report("HSG-FUZZ", "UNREASONABLY_PERSISTENT_CONTACT");
		body.put("contacts", List.of(new LinkedHashMap<>(
				Map.of("date", "2026-01-05", "channel", "PHONE", "officerContacted", "officer-f", "count", 3))));
		body.put("thirdParty",
				new LinkedHashMap<>(Map.of("agency", "PROBATION", "contactName", "J Bloggs", "reference", "PRB-1")));
		return body;
	}

	/**
	 * Sends {@link #REQUESTS_PER_ENDPOINT} generated requests to one endpoint. Path
	 * variables are mostly the real records', sometimes odd values.
	 */
	private void fuzz(String method, String template, String token, Supplier<Map<String, Object>> validBody) {
		for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
			String path = template.replace("{id}", pathValue(this.incidentId))
				.replace("{statementId}", pathValue(this.statementId))
				.replace("{attachmentId}", pathValue(this.attachmentId))
				.replace("{updateId}", pathValue(this.updateId));
			HttpRequest.Builder request = request(path, oddly(token));
			String sentMethod = (this.random.nextInt(12) == 0) ? pick(List.of("PUT", "DELETE", "PATCH")) : method;
			byte[] body = (validBody != null || this.random.nextInt(4) == 0)
					? body((validBody != null) ? validBody.get() : new LinkedHashMap<>()) : new byte[0];
			request.header("Content-Type",
					(this.random.nextInt(4) == 0) ? pick(ODD_CONTENT_TYPES) : "application/json");
			request.header("Accept",
					(this.random.nextInt(5) == 0) ? pick(ODD_ACCEPTS) : "application/json, application/problem+json");
			if (this.random.nextInt(4) == 0) {
				oddHeader(request, "Idempotency-Key",
						pick(List.of("", " ", "k".repeat(1000), "ключ", "a b", "ok-key")));
			}
			if (this.random.nextInt(6) == 0) {
				request.header("X-Forwarded-For", "999.999.999.999, ::1, " + "x".repeat(1000));
			}
			request.method(sentMethod, (body.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
			send(request.build(), sentMethod + " " + path, body);
		}
	}

	private void send(HttpRequest request, String described, byte[] body) {
		HttpResponse<String> response;
		try {
			response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			this.failures.add(described + " -> no answer: " + ex);
			return;
		}
		int status = response.statusCode();
		if (status == 201 && described.equals("POST /api/incidents")) {
			this.reportsCreated.add(JSON.readTree(response.body()).get("id").asString());
		}
		String sent = summary(body);
		if (status >= 500) {
			this.failures.add(described + " -> " + status + " for " + sent + ": " + clip(response.body()));
		}
		else if (status >= 400 && !isProblemAnswer(response)) {
			this.failures.add(described + " -> " + status + " without problem details for " + sent + " (Accept "
					+ request.headers().firstValue("Accept").orElse("") + "): "
					+ response.headers().firstValue("Content-Type").orElse("no Content-Type") + " "
					+ clip(response.body()));
		}
	}

	/** Sets a header the HTTP client is willing to send; some odd values it refuses. */
	private static void oddHeader(HttpRequest.Builder request, String name, String value) {
		try {
			request.header(name, value);
		}
		catch (IllegalArgumentException ex) {
			request.header(name, "refused-by-client");
		}
	}

	private static boolean isProblemAnswer(HttpResponse<String> response) {
		if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			return false;
		}
		JsonNode problem = JSON.readTree(response.body());
		return problem.has("status") && problem.get("status").asInt() == response.statusCode() && problem.has("title");
	}

	/**
	 * Mostly valid-shaped JSON with some fields made wrong; sometimes not JSON at all.
	 */
	private byte[] body(Map<String, Object> valid) {
		return switch (this.random.nextInt(10)) {
			case 0 -> randomBytes();
			case 1 -> truncated(JSON.writeValueAsBytes(valid));
			case 2 -> "[".repeat(2000 + this.random.nextInt(3000)).getBytes(StandardCharsets.UTF_8);
			case 3 -> pick(List.of("", "null", "[]", "123", "\"text\"", "{", "{\"a\":}", "{'single':'quotes'}",
					"{\"a\":1,\"a\":2}"))
				.getBytes(StandardCharsets.UTF_8);
			default -> JSON.writeValueAsBytes(mutated(valid));
		};
	}

	private Map<String, Object> mutated(Map<String, Object> valid) {
		Map<String, Object> body = new LinkedHashMap<>(valid);
		int mutations = 1 + this.random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			List<String> keys = new ArrayList<>(body.keySet());
			String key = keys.isEmpty() ? "field" : keys.get(this.random.nextInt(keys.size()));
			switch (this.random.nextInt(6)) {
				case 0 -> body.remove(key);
				case 1 -> body.put("unexpected" + this.random.nextInt(100), pick(ODD_VALUES));
				case 2 -> body.put(key, hugeString());
				case 3 -> body.put(key, nested(body.get(key)));
				default -> body.put(key, pick(ODD_VALUES));
			}
		}
		return body;
	}

	/** Makes a field of a nested object or list wrong, e.g. contacts[0].channel. */
	private Object nested(Object value) {
		if (value instanceof Map<?, ?> map && !map.isEmpty()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> copy = mutated((Map<String, Object>) map);
			return copy;
		}
		if (value instanceof List<?> list && !list.isEmpty()) {
			List<Object> copy = new ArrayList<>(list);
			copy.set(0, nested(copy.get(0)));
			copy.add(pick(ODD_VALUES));
			return copy;
		}
		return pick(ODD_VALUES);
	}

	private String hugeString() {
		int length = pick(List.of(201, 501, 20_001, 300_000, 2_000_000));
		return "A".repeat(length);
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[1 + this.random.nextInt(4096)];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private byte[] truncated(byte[] json) {
		byte[] cut = new byte[1 + this.random.nextInt(Math.max(1, json.length - 1))];
		System.arraycopy(json, 0, cut, 0, cut.length);
		return cut;
	}

	private String pathValue(String real) {
		return (this.random.nextInt(3) == 0) ? pick(ODD_PATH_VALUES) : real;
	}

	/** Now and then a broken or missing token: those too are answered as problems. */
	private String oddly(String token) {
		return switch (this.random.nextInt(20)) {
			case 0 -> null;
			case 1 -> "not.a.jwt";
			case 2 -> token + "x";
			default -> token;
		};
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(60));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private static String summary(byte[] body) {
		return clip(new String(body, StandardCharsets.UTF_8).replaceAll("[^\\x20-\\x7e]", "?"));
	}

	private static String clip(String text) {
		return (text == null || text.length() <= 300) ? text : text.substring(0, 300) + "…";
	}

}
