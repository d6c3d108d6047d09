package uk.gov.cheltenham.psr.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CachingJwtDecoderTest {

	private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	private JwtDecoder verifier(Instant expiresAt) {
		return (token) -> {
			this.verifications.incrementAndGet();
			if (token.startsWith("bad")) {
				throw new BadJwtException("bad signature");
			}
			return Jwt.withTokenValue(token).header("alg", "RS256").subject("someone").expiresAt(expiresAt).build();
		};
	}

	@Test
	@DisplayName("D2: a token already verified is not verified again until it expires")
	void verifiedOnceUntilExpiry() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(verifier(NOW.plusSeconds(60)),
				Clock.fixed(NOW, ZoneOffset.UTC), 100);
		decoder.decode("token-a");
		Jwt again = decoder.decode("token-a");
		assertThat(again.getSubject()).isEqualTo("someone");
		assertThat(this.verifications).hasValue(1);
		decoder.decode("token-b");
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	@DisplayName("D2: past its expiry a cached token goes back to the verifier")
	void expiredTokenVerifiedAgain() {
		AtomicReference<Instant> now = new AtomicReference<>(NOW);
		Clock movable = new Clock() {

			@Override
			public Instant instant() {
				return now.get();
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

		};
		CachingJwtDecoder decoder = new CachingJwtDecoder(verifier(NOW.plusSeconds(60)), movable, 100);
		decoder.decode("token-a");
		now.set(NOW.plusSeconds(60));
		decoder.decode("token-a");
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	@DisplayName("D2: a refused token is refused every time, never remembered")
	void refusedTokenNotCached() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(verifier(NOW.plusSeconds(60)),
				Clock.fixed(NOW, ZoneOffset.UTC), 100);
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("bad-token"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("bad-token"));
		assertThat(this.verifications).hasValue(2);
	}

}
