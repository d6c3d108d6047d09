package uk.gov.cheltenham.psr.platform.client;

import java.time.Duration;

import org.springframework.web.client.RestClient;

/**
 * Makes {@link InternalApi}s that share this service's token. A service declares one bean
 * per service it calls, e.g. {@code internalApis.forService("register-service", url)}.
 */
public final class InternalApis {

	private final RestClient.Builder builder;

	private final ServiceTokens tokens;

	private final Duration timeout;

	public InternalApis(RestClient.Builder builder, ServiceTokens tokens, Duration timeout) {
		this.builder = builder;
		this.tokens = tokens;
		this.timeout = timeout;
	}

	public InternalApi forService(String serviceName, String baseUrl) {
		return new InternalApi(this.builder.clone(), baseUrl, this.tokens, serviceName, this.timeout);
	}

}
