package uk.gov.cheltenham.psr.partnersync.agreement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.partnersync.agreement.PartnerSignature.SignedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PartnerSignatureTest {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	static final byte[] BODY = "{\"changeKind\":\"CHANGE\"}".getBytes(StandardCharsets.UTF_8);

	final PartnerSignature signature = new PartnerSignature("shared-with-cbh");

	SignedCall signedAt(Instant when, String key, byte[] body) {
		long timestamp = when.getEpochSecond();
		return new SignedCall(Long.toString(timestamp), key, body, this.signature.sign(timestamp, key, body));
	}

	@Test
	@DisplayName("P2: a call signed with the shared secret a moment ago is accepted")
	void freshSignedCallAccepted() {
		assertThatCode(() -> this.signature.verify(signedAt(NOW.minusSeconds(30), "cbh-1", BODY), NOW, FIVE_MINUTES))
			.doesNotThrowAnyException();
		assertThat(this.signature.sign(1, "k", BODY)).startsWith("sha256=").hasSize(7 + 64);
	}

	@Test
	@DisplayName("P2: an old call replayed (timestamp beyond the tolerance, either way) is refused")
	void oldTimestampRefused() {
		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> this.signature.verify(signedAt(NOW.minus(Duration.ofMinutes(6)), "cbh-1", BODY), NOW,
					FIVE_MINUTES))
			.withMessageContaining("PSR-Timestamp");
		assertThatExceptionOfType(SignatureRefused.class).isThrownBy(() -> this.signature
			.verify(signedAt(NOW.plus(Duration.ofMinutes(6)), "cbh-1", BODY), NOW, FIVE_MINUTES));
	}

	@Test
	@DisplayName("P2: a changed body, a changed idempotency key or another secret no longer matches")
	void tamperingRefused() {
		SignedCall call = signedAt(NOW, "cbh-1", BODY);

		assertThatExceptionOfType(SignatureRefused.class).isThrownBy(() -> this.signature.verify(
				new SignedCall(call.timestamp(), "cbh-1", "{}".getBytes(StandardCharsets.UTF_8), call.signature()), NOW,
				FIVE_MINUTES));
		assertThatExceptionOfType(SignatureRefused.class).isThrownBy(() -> this.signature
			.verify(new SignedCall(call.timestamp(), "cbh-2", BODY, call.signature()), NOW, FIVE_MINUTES));
		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> new PartnerSignature("another-secret").verify(call, NOW, FIVE_MINUTES));
	}

	@Test
	@DisplayName("P2: an unsigned call, or one whose timestamp is not a number, is refused")
	void unsignedRefused() {
		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> this.signature.verify(new SignedCall(null, "cbh-1", BODY, null), NOW, FIVE_MINUTES))
			.withMessageContaining("not signed");
		assertThatExceptionOfType(SignatureRefused.class).isThrownBy(() -> this.signature
			.verify(new SignedCall("yesterday", "cbh-1", BODY, "sha256=00"), NOW, FIVE_MINUTES));
	}

}
