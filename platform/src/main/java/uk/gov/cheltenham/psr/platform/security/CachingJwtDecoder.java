package uk.gov.cheltenham.psr.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.RemoteKeySourceException;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies a bearer token once and then reuses the result for the same token string until
 * the token expires: the RSA signature check and claim validation were the largest share
 * of security's CPU per request, and a client sends the same token many times. Only
 * tokens that passed every check are kept, never past their {@code exp}, and at most
 * {@value #MAX_TOKENS} of them.
 * <p>
 * A failure to fetch the signing keys becomes {@link KeySourceUnavailable} (503), kept
 * apart from a bad token (401).
 */
class CachingJwtDecoder implements JwtDecoder {

	private final JwtDecoder delegate;

	private final Clock clock;

	private final int maxTokens;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	CachingJwtDecoder(JwtDecoder delegate, Clock clock, int maxTokens) {
		this.delegate = delegate;
		this.clock = clock;
		this.maxTokens = maxTokens;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Instant now = this.clock.instant();
		Jwt cached = this.verified.get(token);
		if (cached != null) {
			if (now.isBefore(cached.getExpiresAt())) {
				return cached;
			}
			this.verified.remove(token);
		}
		Jwt jwt = decodeOrExplain(token);
		if (this.maxTokens > 0 && jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
			if (this.verified.size() >= this.maxTokens) {
				this.verified.values().removeIf((held) -> !now.isBefore(held.getExpiresAt()));
				if (this.verified.size() >= this.maxTokens) {
					// a flood of distinct tokens: start again rather than grow
					this.verified.clear();
				}
			}
			this.verified.put(token, jwt);
		}
		return jwt;
	}

	private Jwt decodeOrExplain(String token) {
		try {
			return this.delegate.decode(token);
		}
		catch (BadJwtException ex) {
			throw ex;
		}
		catch (JwtException ex) {
			if (causedByKeySource(ex)) {
				throw new KeySourceUnavailable("The identity provider's signing keys could not be fetched", ex);
			}
			throw ex;
		}
	}

	private static boolean causedByKeySource(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RemoteKeySourceException) {
				return true;
			}
		}
		return false;
	}

}
