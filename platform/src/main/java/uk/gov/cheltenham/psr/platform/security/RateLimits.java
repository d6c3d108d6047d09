package uk.gov.cheltenham.psr.platform.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-caller request limits, e.g. on incident intake and the councillor check: <pre>
 * psr.rate-limits.intake.method=POST
 * psr.rate-limits.intake.path=/api/incidents/**
 * psr.rate-limits.intake.requests=60
 * psr.rate-limits.intake.per=1m
 * </pre> The caller is the token's subject, or the remote address before authentication.
 *
 * @param rateLimits the limits by name
 */
@ConfigurationProperties("psr")
public record RateLimits(Map<String, Rule> rateLimits) {

	public RateLimits {
		rateLimits = (rateLimits != null) ? new LinkedHashMap<>(rateLimits) : Map.of();
	}

	/**
	 * One limit.
	 *
	 * @param method the HTTP method, or {@code null} for any
	 * @param path an Ant-style path pattern
	 * @param requests how many requests a caller may make
	 * @param per in this period (refilled evenly)
	 */
	public record Rule(String method, String path, int requests, Duration per) {

	}

}
