package uk.gov.cheltenham.psr.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a caller's requests beyond a {@link RateLimits} rule with 429 problem details
 * and {@code Retry-After}, so that one client (or a stolen token) cannot flood intake or
 * probe the register through the check endpoints. Token buckets are held per instance in
 * memory: with N instances the effective limit is N times the rule.
 */
public class RateLimitFilter extends OncePerRequestFilter {

	/** Forget callers' full buckets when this many are held, so memory stays bounded. */
	private static final int MAX_BUCKETS = 10_000;

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final List<Map.Entry<String, RateLimits.Rule>> rules;

	private final LongSupplier nanoTime;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	public RateLimitFilter(RateLimits limits, LongSupplier nanoTime) {
		this.rules = List.copyOf(limits.rateLimits().entrySet());
		this.nanoTime = nanoTime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, RateLimits.Rule> named : this.rules) {
			RateLimits.Rule rule = named.getValue();
			if (applies(rule, request)) {
				long waitNanos = bucket(named.getKey(), rule, caller(request)).take(this.nanoTime.getAsLong());
				if (waitNanos > 0) {
					long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
					ProblemAuthenticationEntryPoint.write(response, 429, "Too Many Requests",
							"Too many requests; try again after " + seconds + " s", request);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean applies(RateLimits.Rule rule, HttpServletRequest request) {
		return (rule.method() == null || rule.method().equalsIgnoreCase(request.getMethod()))
				&& PATHS.match(rule.path(), request.getRequestURI());
	}

	private static String caller(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? "sub:" + authentication.getName()
				: "ip:" + request.getRemoteAddr();
	}

	private Bucket bucket(String ruleName, RateLimits.Rule rule, String caller) {
		if (this.buckets.size() > MAX_BUCKETS) {
			long now = this.nanoTime.getAsLong();
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
		return this.buckets.computeIfAbsent(ruleName + "|" + caller,
				(key) -> new Bucket(rule.requests(), rule.per().toNanos(), this.nanoTime.getAsLong()));
	}

	/**
	 * A token bucket refilled evenly: {@code capacity} requests per {@code periodNanos}.
	 */
	static final class Bucket {

		private final int capacity;

		private final double nanosPerToken;

		private double tokens;

		private long updatedAt;

		Bucket(int capacity, long periodNanos, long now) {
			this.capacity = capacity;
			this.nanosPerToken = (double) periodNanos / capacity;
			this.tokens = capacity;
			this.updatedAt = now;
		}

		/** Takes one token; answers 0, or how long until one is available. */
		synchronized long take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - this.tokens) * this.nanosPerToken);
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.tokens >= this.capacity;
		}

		private void refill(long now) {
			this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) / this.nanosPerToken);
			this.updatedAt = now;
		}

	}

}
