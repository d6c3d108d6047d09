package uk.gov.cheltenham.psr.register;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import uk.gov.cheltenham.psr.internalapi.ContactDetailsUpdate;
import uk.gov.cheltenham.psr.internalapi.CustomerDetails;
import uk.gov.cheltenham.psr.testsupport.Tokens;

/**
 * incident-service's internal customer API (R2) as a real HTTP server in the test JVM: it
 * answers {@code /internal/incidents/{id}/customer} with the contract's JSON, only for a
 * bearer token signed by the test token server for register-service, and can be taken
 * down and brought back on the same port. It points the application at itself before any
 * other bean is made.
 */
final class IncidentServiceStub implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

	private static final Pattern CUSTOMER_PATH = Pattern.compile("/internal/incidents/([0-9a-fA-F-]{36})/customer");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<UUID, CustomerDetails> customers = new ConcurrentHashMap<>();

	private final Map<UUID, ContactDetailsUpdate> contactUpdates = new ConcurrentHashMap<>();

	private final Map<UUID, Integer> statuses = new ConcurrentHashMap<>();

	private final List<UUID> served = new CopyOnWriteArrayList<>();

	/** D4: what {@code /internal/incidents/subject-access} answers (404 until set). */
	private final SubjectAccessAnswer subjectAccess = new SubjectAccessAnswer();

	private ConfigurableEnvironment environment;

	private volatile HttpServer server;

	private int port;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = (ConfigurableEnvironment) environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		up();
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("incidentServiceStub",
					Map.of("psr.services.incident-service.url", "http://127.0.0.1:" + this.port)));
	}

	/** Answers the incident's customer with these details. */
	void answer(CustomerDetails details) {
		this.statuses.remove(details.incidentId());
		this.customers.put(details.incidentId(), details);
	}

	/** Answers the incident with this status (404 unless told otherwise, 410 purged). */
	void answerStatus(UUID incidentId, int status) {
		this.customers.remove(incidentId);
		this.statuses.put(incidentId, status);
	}

	/** D4: the subject access endpoint's answer. */
	SubjectAccessAnswer subjectAccess() {
		return this.subjectAccess;
	}

	/** How many times the incident's customer was served with a valid token. */
	long servedCount(UUID incidentId) {
		return this.served.stream().filter(incidentId::equals).count();
	}

	/** Starts listening, on the same port as before when it was down. */
	synchronized void up() {
		if (this.server != null) {
			return;
		}
		try {
			HttpServer started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port),
					0);
			started.createContext("/internal/incidents/", this::handle);
			started.createContext("/internal/contact-details-updates/", this::handleContactDetails);
			started.start();
			this.port = started.getAddress().getPort();
			this.server = started;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the incident-service stub", ex);
		}
	}

	/** Stops listening: calls are refused as when incident-service is down. */
	synchronized void down() {
		if (this.server != null) {
			this.server.stop(0);
			this.server = null;
		}
	}

	@Override
	public void destroy() {
		down();
	}

	/** Answers an I8 update given to {@link #answer(ContactDetailsUpdate)}, else 404. */
	private void handleContactDetails(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!fromRegisterService(exchange.getRequestHeaders().getFirst("Authorization"))) {
				send(exchange, 401, "{\"title\":\"Unauthorized\"}");
				return;
			}
			String path = exchange.getRequestURI().getPath();
			ContactDetailsUpdate update = this.contactUpdates
				.get(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
			if (update == null) {
				send(exchange, 404, "{\"title\":\"No such update\"}");
				return;
			}
			send(exchange, 200, JSON.writeValueAsString(update));
		}
	}

	void answer(ContactDetailsUpdate update) {
		this.contactUpdates.put(update.updateId(), update);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!fromRegisterService(exchange.getRequestHeaders().getFirst("Authorization"))) {
				send(exchange, 401, "{\"title\":\"Unauthorized\"}");
				return;
			}
			if ("/internal/incidents/subject-access".equals(exchange.getRequestURI().getPath())) {
				this.subjectAccess.handle(exchange);
				return;
			}
			Matcher path = CUSTOMER_PATH.matcher(exchange.getRequestURI().getPath());
			if (!"GET".equals(exchange.getRequestMethod()) || !path.matches()) {
				send(exchange, 404, "{\"title\":\"Not Found\"}");
				return;
			}
			UUID incidentId = UUID.fromString(path.group(1));
			CustomerDetails details = this.customers.get(incidentId);
			if (details == null) {
				send(exchange, this.statuses.getOrDefault(incidentId, 404), "{\"title\":\"No such incident\"}");
				return;
			}
			this.served.add(incidentId);
			send(exchange, 200, JSON.writeValueAsString(details));
		}
	}

	/**
	 * A real token: signed by the test token server's key, issued to register-service as
	 * a service, not expired. Anything else is refused as incident-service would.
	 */
	static boolean fromRegisterService(String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return false;
		}
		try {
			SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
			Tokens tokens = Tokens.shared();
			if (!jwt.verify(new RSASSAVerifier(tokens.key().toRSAPublicKey()))) {
				return false;
			}
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			return tokens.issuer().equals(claims.getIssuer()) && "register-service".equals(claims.getClaim("client_id"))
					&& claims.getStringListClaim("roles").contains(Tokens.SERVICE_ROLE)
					&& claims.getExpirationTime().toInstant().isAfter(java.time.Instant.now());
		}
		catch (ParseException | JOSEException ex) {
			return false;
		}
	}

	static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
