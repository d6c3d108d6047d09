package uk.gov.cheltenham.psr.partnersync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.internalapi.EntrySharedFields;

/**
 * register-service's internal API as far as this service uses it, in a JDK HTTP server in
 * the test JVM: {@code GET /internal/entries/{entryId}/shared-fields?fields=...} answered
 * with the contract's JSON ({@link EntrySharedFields}), or with 404, 410 or 503 for
 * entries told to. Like the real one it needs a bearer token; unlike it, it answers more
 * than asked (a date of birth), so tests can prove the extra is dropped. Records every
 * call. The real register-service is exercised by the system tests.
 */
public final class TestRegisterService implements AutoCloseable {

	/** One call as received. */
	public record Call(UUID entryId, String fields, String authorization) {

		/** The {@code client_id} (or subject) of the bearer token, decoded unverified. */
		public String clientId() {
			String[] parts = this.authorization.substring("Bearer ".length()).split("\\.");
			String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
			Map<?, ?> claims = JSON.readValue(payload, Map.class);
			return String.valueOf(claims.containsKey("client_id") ? claims.get("client_id") : claims.get("sub"));
		}

	}

	/** What every entry holds unless told otherwise, and a field no agreement allows. */
	public static final Map<String, Object> VALUES = values();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern PATH = Pattern.compile("/internal/entries/([0-9a-f-]{36})/shared-fields");

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Map<UUID, Integer> statuses = new ConcurrentHashMap<>();

	private TestRegisterService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/internal/entries/", this::answer);
		this.server.start();
	}

	public static TestRegisterService start() {
		return new TestRegisterService();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** From now on, answer {@code status} (404, 410, 503 …) for this entry. */
	public void answer(UUID entryId, int status) {
		this.statuses.put(entryId, status);
	}

	/** From now on, answer this entry's values again. */
	public void recover(UUID entryId) {
		this.statuses.remove(entryId);
	}

	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	public List<Call> callsAbout(UUID entryId) {
		return this.calls.stream().filter((call) -> call.entryId().equals(entryId)).toList();
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (!path.matches() || !"GET".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			if (authorization == null || !authorization.startsWith("Bearer ")) {
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			UUID entryId = UUID.fromString(path.group(1));
			this.calls.add(new Call(entryId, fieldsOf(exchange.getRequestURI().getQuery()), authorization));
			int status = this.statuses.getOrDefault(entryId, 200);
			if (status != 200) {
				exchange.sendResponseHeaders(status, -1);
				return;
			}
			byte[] body = JSON.writeValueAsBytes(new EntrySharedFields(entryId, VALUES));
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}
	}

	private static String fieldsOf(String query) {
		if (query == null) {
			return null;
		}
		for (String parameter : query.split("&")) {
			if (parameter.startsWith("fields=")) {
				return parameter.substring("fields=".length());
			}
		}
		return null;
	}

	private static Map<String, Object> values() {
		return Map.of("entryId", "answered-by-the-register", "restrictions",
				List.of("Visit in pairs", "Contact by email only"), "cautions", "Raises voice when refused",
				"reviewDue", "2027-05-28", "status", "ACTIVE", "dateOfBirth", "1970-01-01");
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
