package uk.gov.cheltenham.psr.partnersync.https;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.partnersync.agreement.PartnerSignature;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerChannel;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerDeliveryException;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerMessage;
import uk.gov.cheltenham.psr.partnersync.tls.TlsContexts;
import uk.gov.cheltenham.psr.partnersync.tls.TransportFailures;

/**
 * POSTs each update to the partner's endpoint as JSON with the JDK HTTP client (P1):
 * HTTPS only, the server's certificate checked against the configured trust store, the
 * request signed as {@link PartnerSignature} describes with the update's id as the
 * {@code Idempotency-Key}, and this service's client certificate presented when mutual
 * TLS is configured. Redirects are not followed (a signed update goes where the agreement
 * says). Only a 2xx answer counts; failures are described by status or exception type,
 * never by the partner's answer.
 */
public final class HttpsPartnerEndpoint implements PartnerChannel {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI endpoint;

	private final PartnerSignature signature;

	private final HttpClient client;

	private final Duration timeout;

	private final Clock clock;

	private HttpsPartnerEndpoint(URI endpoint, PartnerSignature signature, HttpClient client, Duration timeout,
			Clock clock) {
		this.endpoint = endpoint;
		this.signature = signature;
		this.client = client;
		this.timeout = timeout;
		this.clock = clock;
	}

	/**
	 * The endpoint, refused at once if it is not HTTPS or nothing authenticates the
	 * requests.
	 * @param settings the endpoint, secret and stores
	 * @param clock the time requests are signed at
	 * @return the channel
	 * @throws IllegalArgumentException if the endpoint is not acceptable
	 */
	public static HttpsPartnerEndpoint of(HttpsEndpointSettings settings, Clock clock) {
		URI endpoint = acceptable(settings.endpoint(), settings.allowInsecureLoopback());
		boolean signed = settings.signingSecret() != null && !settings.signingSecret().isBlank();
		if (!signed && !settings.keyStore().isConfigured()) {
			throw new IllegalArgumentException(
					"The partner's HTTPS endpoint needs a signing secret or a client certificate (mutual TLS)");
		}
		HttpClient client = HttpClient.newBuilder()
			.sslContext(TlsContexts.context(settings.trustStore(), settings.keyStore()))
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		PartnerSignature signature = signed ? new PartnerSignature(settings.signingSecret()) : null;
		return new HttpsPartnerEndpoint(endpoint, signature, client, settings.timeout(), clock);
	}

	/** HTTPS, or plain HTTP to this machine when the test switch allows it. */
	static URI acceptable(String endpoint, boolean allowInsecureLoopback) {
		URI uri;
		try {
			uri = URI.create((endpoint != null) ? endpoint.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The partner's endpoint is not a URL");
		}
		if (uri.getHost() == null || uri.getUserInfo() != null) {
			throw new IllegalArgumentException("The partner's endpoint needs a host and no credentials in the URL");
		}
		if ("https".equalsIgnoreCase(uri.getScheme())) {
			return uri;
		}
		if ("http".equalsIgnoreCase(uri.getScheme()) && allowInsecureLoopback && isLoopback(uri.getHost())) {
			return uri;
		}
		throw new IllegalArgumentException("The partner's endpoint must be https:// (plain http is refused: P1)");
	}

	private static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	@Override
	public void deliver(PartnerMessage message) throws PartnerDeliveryException {
		byte[] body = JSON.writeValueAsBytes(document(message));
		String idempotencyKey = message.updateId().toString();
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header(PartnerSignature.IDEMPOTENCY_KEY_HEADER, idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (this.signature != null) {
			long timestamp = this.clock.instant().getEpochSecond();
			request.header(PartnerSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
				.header(PartnerSignature.SIGNATURE_HEADER, this.signature.sign(timestamp, idempotencyKey, body));
		}
		int status;
		try {
			status = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new PartnerDeliveryException(TransportFailures.describe(ex, "Partner endpoint")
				.orElse("Partner endpoint call failed (" + ex.getClass().getSimpleName() + ")"), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PartnerDeliveryException("Partner endpoint call interrupted", ex);
		}
		if (status < 200 || status > 299) {
			throw new PartnerDeliveryException("Partner endpoint answered HTTP " + status, null);
		}
	}

	/** What the partner receives: the update's header fields, then the values by name. */
	private static Map<String, Object> document(PartnerMessage message) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("updateId", message.updateId());
		document.put("agreementReference", message.agreementReference());
		document.put("kind", message.kind().name());
		document.put("change", message.change());
		document.put("entryId", message.entryId());
		document.put("fields", message.fields());
		return document;
	}

}
