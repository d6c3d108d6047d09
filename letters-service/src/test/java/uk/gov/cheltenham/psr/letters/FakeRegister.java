package uk.gov.cheltenham.psr.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.internalapi.EntryLetterDetails;

/**
 * register-service's internal letter-details API as a real HTTP server on loopback,
 * answering what each test sets up: the contract's JSON, or 404, 410 or 503. It refuses a
 * call without a bearer token and remembers whose token each call carried. The real
 * register-service is exercised by the system tests.
 */
final class FakeRegister {

	private static final Pattern LETTER_DETAILS = Pattern.compile("/internal/entries/([0-9a-f-]{36})/letter-details");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final FakeRegister SHARED = start();

	private final HttpServer server;

	private final Map<UUID, Object> answers = new ConcurrentHashMap<>();

	private final List<String> callers = new CopyOnWriteArrayList<>();

	private FakeRegister(HttpServer server) {
		this.server = server;
	}

	static FakeRegister shared() {
		return SHARED;
	}

	private static FakeRegister start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakeRegister register = new FakeRegister(server);
			server.createContext("/internal/entries/", register::answer);
			server.setExecutor(Executors.newFixedThreadPool(4, (task) -> {
				Thread thread = new Thread(task, "fake-register");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return register;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the fake register", ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The register answers with these details for their entry. */
	void knows(EntryLetterDetails details) {
		this.answers.put(details.entryId(), details);
	}

	/** The register answers with {@code status} and no details for {@code entryId}. */
	void answers(UUID entryId, int status) {
		this.answers.put(entryId, status);
	}

	/** The client ids of the tokens that came with the calls, oldest first. */
	List<String> callers() {
		return List.copyOf(this.callers);
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			Matcher path = LETTER_DETAILS.matcher(exchange.getRequestURI().getPath());
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (authorization == null || !authorization.startsWith("Bearer ")) {
				send(exchange, 401, "{\"title\":\"Unauthorized\"}");
				return;
			}
			this.callers.add(clientId(authorization.substring("Bearer ".length())));
			if (!exchange.getRequestMethod().equals("GET") || !path.matches()) {
				send(exchange, 404, "{\"title\":\"Not found\"}");
				return;
			}
			Object answer = this.answers.getOrDefault(UUID.fromString(path.group(1)), 404);
			if (answer instanceof Integer status) {
				send(exchange, status, "{\"status\":" + status + "}");
			}
			else {
				send(exchange, 200, JSON.writeValueAsString(answer));
			}
		}
	}

	/** Who the token is for: its client_id claim, else its subject. */
	private static String clientId(String token) {
		String[] parts = token.split("\\.");
		if (parts.length < 2) {
			return "not a JWT";
		}
		var claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
		return claims.has("client_id") ? claims.get("client_id").asString() : claims.path("sub").asString();
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
