package uk.gov.cheltenham.psr.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small real OAuth2 token server on loopback for local development and system tests. It
 * serves the public keys of a {@link Tokens} ({@code /.well-known/jwks.json} and
 * {@code /oauth2/jwks}), OpenID discovery metadata and a token endpoint
 * ({@code POST /oauth2/token}) with the {@code client_credentials} grant for the services
 * and the {@code password} grant for {@link #DEMO_USERS}.
 */
public final class AuthServer implements AutoCloseable {

	/** Demo people for the password grant; each password equals the user name. */
	public static final List<DemoUser> DEMO_USERS = List.of(new DemoUser("rep", "rep", List.of("REPRESENTATIVE")),
			new DemoUser("manager", "manager", List.of("MANAGER")),
			new DemoUser("manager2", "manager2", List.of("MANAGER")), new DemoUser("cro", "cro", List.of("CRO")),
			new DemoUser("cssm", "cssm", List.of("CSSM")), new DemoUser("exec", "exec", List.of("EXECUTIVE_DIRECTOR")),
			new DemoUser("ceo", "ceo", List.of("CHIEF_EXECUTIVE")),
			new DemoUser("governance", "governance", List.of("GOVERNANCE")),
			new DemoUser("demservices", "demservices", List.of("DEMOCRATIC_SERVICES")),
			new DemoUser("cbh", "cbh", List.of("CBH_PARTNER")),
			new DemoUser("housing-system", "housing-system", List.of("TEAM_SYSTEM")));

	/** Service clients for the client-credentials grant: client id to secret. */
	public static final Map<String, String> CLIENTS = clients();

	private static final int EXPIRES_IN = (int) Tokens.LIFETIME.toSeconds();

	private final HttpServer server;

	private final ExecutorService executor;

	private final Tokens tokens;

	private final String issuer;

	private AuthServer(HttpServer server, ExecutorService executor, Tokens tokens, String issuer) {
		this.server = server;
		this.executor = executor;
		this.tokens = tokens;
		this.issuer = issuer;
	}

	/**
	 * Starts a server on {@code 127.0.0.1} whose issuer is
	 * {@code http://127.0.0.1:<port>}; {@code tokens} takes that issuer.
	 * @param port the port, or 0 for a free one
	 * @param tokens the keys to serve and sign with
	 * @return the running server
	 */
	public static AuthServer start(int port, Tokens tokens) {
		return start(port, tokens, null);
	}

	/**
	 * Starts a server on {@code 127.0.0.1}; {@code tokens} takes its issuer.
	 * @param port the port, or 0 for a free one
	 * @param tokens the keys to serve and sign with
	 * @param issuer the issuer, or {@code null} for {@code http://127.0.0.1:<port>}
	 * @return the running server
	 */
	public static AuthServer start(int port, Tokens tokens, String issuer) {
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String actualIssuer = (issuer != null) ? issuer : "http://127.0.0.1:" + server.getAddress().getPort();
		// the tokens must name the server whose keys verify them
		tokens.issuer(actualIssuer);
		ExecutorService executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "psr-auth-server");
			thread.setDaemon(true);
			return thread;
		});
		AuthServer authServer = new AuthServer(server, executor, tokens, actualIssuer);
		server.createContext("/.well-known/jwks.json", authServer::jwks);
		server.createContext("/oauth2/jwks", authServer::jwks);
		server.createContext("/.well-known/openid-configuration", authServer::metadata);
		server.createContext("/.well-known/oauth-authorization-server", authServer::metadata);
		server.createContext("/oauth2/token", authServer::token);
		server.setExecutor(executor);
		server.start();
		return authServer;
	}

	/**
	 * A server shared by everything in this JVM, started on first use on a free port with
	 * {@link Tokens#shared()}, so both agree on the issuer.
	 * @return the shared server
	 */
	public static AuthServer shared() {
		return Shared.SERVER;
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public String issuer() {
		return this.issuer;
	}

	public String jwkSetUri() {
		return baseUri() + "/oauth2/jwks";
	}

	public String tokenUri() {
		return baseUri() + "/oauth2/token";
	}

	/**
	 * The tokens this server serves keys for and issues.
	 * @return the tokens
	 */
	public Tokens tokens() {
		return this.tokens;
	}

	public void stop() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	@Override
	public void close() {
		stop();
	}

	private String baseUri() {
		return "http://127.0.0.1:" + port();
	}

	private void jwks(HttpExchange exchange) throws IOException {
		if (!allow(exchange, "GET")) {
			return;
		}
		send(exchange, 200, this.tokens.jwkSetJson());
	}

	private void metadata(HttpExchange exchange) throws IOException {
		if (!allow(exchange, "GET")) {
			return;
		}
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("issuer", this.issuer);
		metadata.put("jwks_uri", jwkSetUri());
		metadata.put("token_endpoint", tokenUri());
		metadata.put("grant_types_supported", List.of("client_credentials", "password"));
		metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
		metadata.put("response_types_supported", List.of("token"));
		metadata.put("subject_types_supported", List.of("public"));
		metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
		send(exchange, 200, JSONObjectUtils.toJSONString(metadata));
	}

	private void token(HttpExchange exchange) throws IOException {
		if (!allow(exchange, "POST")) {
			return;
		}
		Map<String, String> form = readForm(exchange);
		String[] client = clientCredentials(exchange, form);
		String grantType = form.get("grant_type");
		if (grantType == null) {
			error(exchange, 400, "invalid_request", "grant_type is required");
		}
		else if (grantType.equals("client_credentials")) {
			if (client == null || !client[1].equals(CLIENTS.get(client[0]))) {
				exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"psr\"");
				error(exchange, 401, "invalid_client", "Unknown client or wrong secret");
				return;
			}
			issue(exchange, this.tokens.forService(client[0]));
		}
		else if (grantType.equals("password")) {
			// LOCAL STACK ONLY: the password grant makes curl logins easy; no real server
			// of this project offers it. Client authentication is optional here.
			if (client != null && !client[1].equals(CLIENTS.get(client[0]))) {
				error(exchange, 401, "invalid_client", "Unknown client or wrong secret");
				return;
			}
			DemoUser user = DEMO_USERS.stream()
				.filter((candidate) -> candidate.username().equals(form.get("username"))
						&& candidate.password().equals(form.get("password")))
				.findFirst()
				.orElse(null);
			if (user == null) {
				error(exchange, 401, "invalid_grant", "Bad user name or password");
				return;
			}
			issue(exchange, this.tokens.forUser(user.username(), user.roles().toArray(String[]::new)));
		}
		else {
			error(exchange, 400, "unsupported_grant_type", "Supported: client_credentials, password");
		}
	}

	private void issue(HttpExchange exchange, String token) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", token);
		body.put("token_type", "Bearer");
		body.put("expires_in", EXPIRES_IN);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		send(exchange, 200, JSONObjectUtils.toJSONString(body));
	}

	/**
	 * The client id and secret from HTTP Basic ({@code client_secret_basic}) or the form
	 * ({@code client_secret_post}).
	 */
	private static String[] clientCredentials(HttpExchange exchange, Map<String, String> form) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			String decoded;
			try {
				decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return new String[] { "", "" };
			}
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return new String[] { "", "" };
			}
			// RFC 6749 2.3.1: id and secret are form-encoded before Base64
			return new String[] { decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1)) };
		}
		if (form.containsKey("client_id") && form.containsKey("client_secret")) {
			return new String[] { form.get("client_id"), form.get("client_secret") };
		}
		return null;
	}

	private static Map<String, String> readForm(HttpExchange exchange) throws IOException {
		Map<String, String> form = new LinkedHashMap<>();
		try (InputStream body = exchange.getRequestBody()) {
			String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
			for (String pair : text.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = decode((equals < 0) ? pair : pair.substring(0, equals));
				String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
				form.putIfAbsent(name, value);
			}
		}
		return form;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static boolean allow(HttpExchange exchange, String method) throws IOException {
		if (exchange.getRequestMethod().equalsIgnoreCase(method)) {
			return true;
		}
		exchange.getResponseHeaders().set("Allow", method);
		error(exchange, 405, "invalid_request", "Use " + method);
		return false;
	}

	private static void error(HttpExchange exchange, int status, String error, String description) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		send(exchange, status, JSONObjectUtils.toJSONString(body));
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> clients() {
		Map<String, String> clients = new LinkedHashMap<>();
		for (String name : List.of("incident", "register", "notification", "letters", "partner-sync")) {
			clients.put(name + "-service", name + "-secret");
		}
		return java.util.Collections.unmodifiableMap(clients);
	}

	/**
	 * A demo person for the password grant.
	 *
	 * @param username the user name, also the token subject
	 * @param password the password
	 * @param roles the roles the token carries
	 */
	public record DemoUser(String username, String password, List<String> roles) {

	}

	private static final class Shared {

		static final AuthServer SERVER = startShared();

		private static AuthServer startShared() {
			AuthServer server = start(0, Tokens.generate());
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "psr-auth-shutdown"));
			return server;
		}

	}

}
