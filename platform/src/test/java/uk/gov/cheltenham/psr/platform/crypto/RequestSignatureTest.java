package uk.gov.cheltenham.psr.platform.crypto;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSignatureTest {

	private static final byte[] BODY = "{\"event\":\"MARKER_SET\"}".getBytes(StandardCharsets.UTF_8);

	private final RequestSignature signature = new RequestSignature("test-secret");

	@Test
	@DisplayName("the signature is sha256= and the hex HMAC-SHA256 of \"<value>.<body>\" with the secret")
	void knownVector() {
		// computed independently: hmac.new(b'test-secret', b'1764324000.' + body, sha256)
		assertThat(this.signature.sign(BODY, "1764324000"))
			.isEqualTo("sha256=169ee62adca18261411d7010375433bd67a7159540d4a04d6cb0f815dd5f6260");
	}

	@Test
	@DisplayName("every signed value counts, in its order, and so do the secret and the body")
	void everythingSignedCounts() {
		String signed = this.signature.sign(BODY, "1764324000", "key-1");

		assertThat(this.signature.matches(signed, BODY, "1764324000", "key-1")).isTrue();
		assertThat(this.signature.matches(signed, BODY, "1764324000", "key-2")).isFalse();
		assertThat(this.signature.matches(signed, BODY, "key-1", "1764324000")).isFalse();
		assertThat(this.signature.matches(signed, BODY, "1764324000")).isFalse();
		assertThat(new RequestSignature("other-secret").matches(signed, BODY, "1764324000", "key-1")).isFalse();
		assertThat(this.signature.matches(signed, "{}".getBytes(StandardCharsets.UTF_8), "1764324000", "key-1"))
			.isFalse();
		assertThat(this.signature.matches(null, BODY, "1764324000", "key-1")).isFalse();
	}

}
