package uk.gov.cheltenham.psr.platform.client;

import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import uk.gov.cheltenham.psr.platform.domain.NotFound;

/**
 * Another PSR service's {@code /internal/**} API, called as this service. Answers are
 * told apart the way callers need: {@link NotFound} (404), {@link RecordGone} (410),
 * {@link ServiceUnavailable} (cannot answer now; retry later). A refused token is fetched
 * again once.
 */
public final class InternalApi {

	private final RestClient client;

	private final ServiceTokens tokens;

	private final String serviceName;

	InternalApi(RestClient.Builder builder, String baseUrl, ServiceTokens tokens, String serviceName,
			Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
		requestFactory.setReadTimeout(timeout);
		this.client = builder.baseUrl(baseUrl).requestFactory(requestFactory).build();
		this.tokens = tokens;
		this.serviceName = serviceName;
	}

	/**
	 * GETs a JSON resource.
	 * @param type what the body is read as
	 * @param uriTemplate the path, e.g. {@code /internal/entries/{id}/letter-facts}
	 * @param uriVariables values for the template
	 * @return the body
	 */
	public <T> T get(Class<T> type, String uriTemplate, Object... uriVariables) {
		return call((token) -> this.client.get()
			.uri(uriTemplate, uriVariables)
			.headers((headers) -> headers.setBearerAuth(token))
			.retrieve()
			.body(type), uriTemplate);
	}

	private <T> T call(Function<String, T> request, String what) {
		try {
			try {
				return request.apply(this.tokens.accessToken());
			}
			catch (HttpClientErrorException.Unauthorized ex) {
				this.tokens.forget();
				return request.apply(this.tokens.accessToken());
			}
		}
		catch (HttpClientErrorException ex) {
			throw translate(ex.getStatusCode(), what, ex);
		}
		catch (HttpServerErrorException ex) {
			throw new ServiceUnavailable(this.serviceName + " answered " + ex.getStatusCode().value(), ex);
		}
		catch (ResourceAccessException ex) {
			String reason = (ex.getCause() instanceof SocketTimeoutException) ? " in time" : "";
			throw new ServiceUnavailable(this.serviceName + " could not be reached" + reason, ex);
		}
	}

	private RuntimeException translate(HttpStatusCode status, String what, HttpClientErrorException ex) {
		if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
			return new NotFound(what);
		}
		if (status.isSameCodeAs(HttpStatus.GONE)) {
			return new RecordGone(what);
		}
		if (status.isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS)) {
			return new ServiceUnavailable(this.serviceName + " asked to slow down", ex);
		}
		// 400/401/403 here are our own mistakes (configuration or contract), not the
		// caller's
		return new IllegalStateException(this.serviceName + " refused the call with " + status.value(), ex);
	}

}
