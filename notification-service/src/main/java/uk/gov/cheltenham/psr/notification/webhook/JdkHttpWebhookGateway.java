package uk.gov.cheltenham.psr.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.notification.delivery.DeliveryFailure;
import uk.gov.cheltenham.psr.notification.delivery.WebhookGateway;
import uk.gov.cheltenham.psr.notification.delivery.WebhookNotice;
import uk.gov.cheltenham.psr.notification.subscription.WebhookUrlPolicy;

/**
 * POSTs a webhook notice as JSON with the JDK HTTP client, signed as
 * {@link WebhookSignature} describes. Bounded in time: connecting may take the connect
 * timeout, and the whole answer must arrive within the read timeout after that, or the
 * call is abandoned, so one slow team endpoint cannot hold the sender longer than that.
 * Only a 2xx answer counts; redirects are not followed (the signed call must go where the
 * CRO registered it). Failures are described by status or exception type, never by the
 * endpoint's answer (D1).
 */
@Component
class JdkHttpWebhookGateway implements WebhookGateway {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	private final WebhookUrlPolicy policy;

	private final Clock clock;

	JdkHttpWebhookGateway(@Value("${psr.notification.webhook.connect-timeout}") Duration connectTimeout,
			@Value("${psr.notification.webhook.read-timeout}") Duration readTimeout, WebhookUrlPolicy policy,
			Clock clock) {
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
		this.policy = policy;
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	@Override
	public void post(String url, String secret, WebhookNotice notice) {
		if (!this.policy.permits(url)) {
			// registered under another policy: refuse rather than send in plain text
			throw new DeliveryFailure("webhook address not permitted by the current policy");
		}
		byte[] body = JSON.writeValueAsBytes(notice);
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(this.readTimeout)
			.header("Content-Type", "application/json")
			.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(WebhookSignature.DELIVERY_ID_HEADER, notice.deliveryId().toString())
			.header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		int status = call(request);
		if (status < 200 || status > 299) {
			throw new DeliveryFailure("webhook answered HTTP " + status);
		}
	}

	private int call(HttpRequest request) {
		CompletableFuture<HttpResponse<Void>> response = this.client.sendAsync(request,
				HttpResponse.BodyHandlers.discarding());
		// the request timeout covers the wait for the headers only; this bounds the body
		// too
		long deadline = this.connectTimeout.plus(this.readTimeout).toMillis();
		try {
			return response.get(deadline, TimeUnit.MILLISECONDS).statusCode();
		}
		catch (TimeoutException ex) {
			response.cancel(true);
			throw new DeliveryFailure("webhook did not answer within " + deadline + " ms");
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new DeliveryFailure("webhook call failed: " + cause.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			response.cancel(true);
			Thread.currentThread().interrupt();
			throw new DeliveryFailure("webhook call interrupted");
		}
	}

}
