package uk.gov.cheltenham.psr.partnersync.https;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.partnersync.TestTls;
import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.partnersync.agreement.DeliveryChannel;
import uk.gov.cheltenham.psr.partnersync.agreement.PartnerSignature;
import uk.gov.cheltenham.psr.partnersync.agreement.RegisterChange;
import uk.gov.cheltenham.psr.partnersync.agreement.SignatureRefused;
import uk.gov.cheltenham.psr.partnersync.outbound.DeliveryStatus;
import uk.gov.cheltenham.psr.partnersync.outbound.EntryRegister;
import uk.gov.cheltenham.psr.partnersync.outbound.OutboundUpdate;
import uk.gov.cheltenham.psr.partnersync.tls.KeyStoreFile;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The HTTPS channel against a real HTTPS server in this JVM (the JDK's), with
 * certificates made for the test: delivered, signed, to a trusted server; refused by an
 * untrusted one; mutual TLS; plain http refused except to loopback behind the test
 * switch.
 */
class HttpsPartnerEndpointTest {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final String SECRET = "shared-with-cbh";

	static final RetryPolicy TWO_ATTEMPTS = new RetryPolicy(2, Duration.ofMinutes(1), Duration.ofMinutes(10));

	static final EntryRegister REGISTER = (entryId, fields) -> Map.of("restrictions", List.of("Visit in pairs"),
			"reviewDue", "2027-05-28", "status", "ACTIVE", "dateOfBirth", "1970-01-01");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path certificates;

	static TestTls server;

	static TestTls untrusted;

	static TestTls client;

	/** One request as the partner received it. */
	record Received(String idempotencyKey, String timestamp, String signature, byte[] body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	final List<Received> received = new CopyOnWriteArrayList<>();

	HttpServer partner;

	int answer = 202;

	@BeforeAll
	static void generateCertificates() {
		server = TestTls.generate(certificates, "cbh");
		untrusted = TestTls.generate(certificates, "impostor");
		client = TestTls.generate(certificates, "psr-client");
	}

	@AfterEach
	void stopPartner() {
		if (this.partner != null) {
			this.partner.stop(0);
		}
	}

	@Test
	@DisplayName("P1: an update is POSTed over HTTPS to a trusted server with the allowed values, its id as Idempotency-Key, signed over timestamp, key and body")
	void deliveredSigned() {
		startHttps(server.serverContext(), false);
		OutboundUpdate update = newUpdate();

		boolean sent = update.deliverVia(endpoint(server.trustStore(), null), REGISTER, NOW, TWO_ATTEMPTS);

		assertThat(sent).isTrue();
		assertThat(update.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(this.received).singleElement().satisfies((request) -> {
			assertThat(request.idempotencyKey()).isEqualTo(update.id().toString());
			assertThat(request.timestamp()).isEqualTo(Long.toString(NOW.getEpochSecond()));
			assertThatCode(
					() -> new PartnerSignature(SECRET).verify(new PartnerSignature.SignedCall(request.timestamp(),
							request.idempotencyKey(), request.body(), request.signature()), NOW, Duration.ofMinutes(5)))
				.doesNotThrowAnyException();
			JsonNode json = request.json();
			assertThat(json.get("updateId").asString()).isEqualTo(update.id().toString());
			assertThat(json.get("agreementReference").asString()).isEqualTo("CBH-DSA-2024-01");
			assertThat(json.get("change").asString()).isEqualTo("EntryOpened");
			assertThat(json.get("entryId").asString()).isEqualTo(update.entryId().toString());
			assertThat(json.get("fields").get("restrictions").get(0).asString()).isEqualTo("Visit in pairs");
			assertThat(json.get("fields").get("reviewDue").asString()).isEqualTo("2027-05-28");
			assertThat(json.get("fields").has("dateOfBirth")).isFalse();
		});
	}

	@Test
	@DisplayName("P1: the signature proves the body: a body changed in transit no longer matches")
	void signatureCoversBody() {
		startHttps(server.serverContext(), false);
		newUpdate().deliverVia(endpoint(server.trustStore(), null), REGISTER, NOW, TWO_ATTEMPTS);
		Received request = this.received.get(0);
		byte[] tampered = new String(request.body()).replace("Visit in pairs", "No restrictions").getBytes();

		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> new PartnerSignature(SECRET).verify(new PartnerSignature.SignedCall(request.timestamp(),
					request.idempotencyKey(), tampered, request.signature()), NOW, Duration.ofMinutes(5)));
	}

	@Test
	@DisplayName("P1: a server whose certificate is not trusted is refused at the TLS handshake; nothing reaches it")
	void untrustedServerRefused() {
		startHttps(untrusted.serverContext(), false);
		OutboundUpdate update = newUpdate();

		assertThat(update.deliverVia(endpoint(server.trustStore(), null), REGISTER, NOW, TWO_ATTEMPTS)).isFalse();

		assertThat(update.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(update.lastError()).contains("TLS handshake refused");
		assertThat(this.received).isEmpty();
	}

	@Test
	@DisplayName("P1: a partner answering 503 leaves the update pending with the status as its error, then FAILED")
	void errorAnswerRetried() {
		this.answer = 503;
		startHttps(server.serverContext(), false);
		OutboundUpdate update = newUpdate();
		HttpsPartnerEndpoint endpoint = endpoint(server.trustStore(), null);

		assertThat(update.deliverVia(endpoint, REGISTER, NOW, TWO_ATTEMPTS)).isFalse();
		assertThat(update.lastError()).isEqualTo("Partner endpoint answered HTTP 503");
		assertThat(update.status()).isEqualTo(DeliveryStatus.PENDING);

		update.deliverVia(endpoint, REGISTER, NOW.plus(Duration.ofMinutes(1)), TWO_ATTEMPTS);
		assertThat(update.status()).isEqualTo(DeliveryStatus.FAILED);
	}

	@Test
	@DisplayName("P1: with mutual TLS the client certificate is presented; a server requiring one refuses a client without it")
	void mutualTls() {
		startHttps(server.serverContext(client), true);

		OutboundUpdate withCertificate = newUpdate();
		assertThat(withCertificate.deliverVia(endpoint(server.trustStore(), client.keyStore()), REGISTER, NOW,
				TWO_ATTEMPTS))
			.isTrue();

		OutboundUpdate withoutCertificate = newUpdate();
		assertThat(withoutCertificate.deliverVia(endpoint(server.trustStore(), null), REGISTER, NOW, TWO_ATTEMPTS))
			.isFalse();
		assertThat(withoutCertificate.lastError()).isNotBlank();
		assertThat(this.received).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://cbh.example/psr/updates", "http://127.0.0.1:8443/psr/updates",
			"ftp://cbh.example/x", "https://user:pass@cbh.example/x", "not a url", "" })
	@DisplayName("P1: anything but https:// is refused, loopback http included, unless the test switch is on")
	void plainHttpRefused(String url) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HttpsPartnerEndpoint.of(settings(url, null, null, false), CLOCK));
	}

	@Test
	@DisplayName("P1: the test switch allows plain http to loopback only, never to another host")
	void loopbackSwitch() throws IOException {
		this.partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.partner.createContext("/", this::record);
		this.partner.start();
		String url = "http://127.0.0.1:" + this.partner.getAddress().getPort() + "/psr/updates";

		assertThat(newUpdate().deliverVia(HttpsPartnerEndpoint.of(settings(url, null, null, true), CLOCK), REGISTER,
				NOW, TWO_ATTEMPTS))
			.isTrue();
		assertThatIllegalArgumentException().isThrownBy(
				() -> HttpsPartnerEndpoint.of(settings("http://cbh.example/psr/updates", null, null, true), CLOCK));
	}

	@Test
	@DisplayName("P1: an endpoint with neither a signing secret nor a client certificate is refused")
	void unauthenticatedEndpointRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> HttpsPartnerEndpoint.of(
				new HttpsEndpointSettings("https://cbh.example/psr", "", none(), none(), false, Duration.ofSeconds(5)),
				CLOCK));
	}

	HttpsPartnerEndpoint endpoint(Path trustStore, Path keyStore) {
		String url = "https://localhost:" + this.partner.getAddress().getPort() + "/psr/updates";
		return HttpsPartnerEndpoint.of(settings(url, trustStore, keyStore, false), CLOCK);
	}

	HttpsEndpointSettings settings(String url, Path trustStore, Path keyStore, boolean allowInsecureLoopback) {
		KeyStoreFile trust = (trustStore != null) ? new KeyStoreFile(trustStore.toString(), server.password(), "PKCS12")
				: none();
		KeyStoreFile keys = (keyStore != null) ? new KeyStoreFile(keyStore.toString(), client.password(), "PKCS12")
				: none();
		return new HttpsEndpointSettings(url, SECRET, trust, keys, allowInsecureLoopback, Duration.ofSeconds(5));
	}

	static KeyStoreFile none() {
		return new KeyStoreFile(null, null, "PKCS12");
	}

	void startHttps(SSLContext context, boolean needClientCertificate) {
		try {
			HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			https.setHttpsConfigurator(new HttpsConfigurator(context) {
				@Override
				public void configure(HttpsParameters parameters) {
					SSLParameters ssl = context.getDefaultSSLParameters();
					ssl.setNeedClientAuth(needClientCertificate);
					parameters.setSSLParameters(ssl);
				}
			});
			https.createContext("/", this::record);
			https.start();
			this.partner = https;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void record(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
					exchange.getRequestHeaders().getFirst("PSR-Timestamp"),
					exchange.getRequestHeaders().getFirst("PSR-Signature"), exchange.getRequestBody().readAllBytes()));
			exchange.sendResponseHeaders(this.answer, -1);
		}
	}

	static OutboundUpdate newUpdate() {
		DataSharingAgreement agreement = DataSharingAgreement.of("CBH-DSA-2024-01", DeliveryChannel.HTTPS,
				"https://cbh.example/psr/updates", List.of("EntryOpened"),
				List.of("entryId", "restrictions", "reviewDue", "status"));
		return OutboundUpdate
			.owedFor(agreement, RegisterChange.ENTRY_OPENED, UUID.randomUUID(), UUID.randomUUID(), false, NOW)
			.get(0);
	}

}
