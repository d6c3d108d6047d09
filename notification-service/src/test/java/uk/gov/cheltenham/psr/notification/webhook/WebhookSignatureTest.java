package uk.gov.cheltenham.psr.notification.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

	private static final byte[] BODY = "{\"event\":\"MARKER_SET\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	@DisplayName("M3: the signature is sha256= and the hex HMAC-SHA256 of \"<timestamp>.<body>\" with the secret")
	void knownVector() {
		// computed independently: hmac.new(b'test-secret', b'1764324000.' + body, sha256)
		assertThat(WebhookSignature.sign("test-secret", 1764324000L, BODY))
			.isEqualTo("sha256=169ee62adca18261411d7010375433bd67a7159540d4a04d6cb0f815dd5f6260");
	}

	@Test
	@DisplayName("M3: a receiver rejects another secret, another timestamp or a changed body")
	void verifies() {
		String signature = WebhookSignature.sign("test-secret", 1764324000L, BODY);

		assertThat(WebhookSignature.verify("test-secret", 1764324000L, BODY, signature)).isTrue();
		assertThat(WebhookSignature.verify("other-secret", 1764324000L, BODY, signature)).isFalse();
		assertThat(WebhookSignature.verify("test-secret", 1764324001L, BODY, signature)).isFalse();
		assertThat(WebhookSignature.verify("test-secret", 1764324000L,
				"{\"event\":\"MARKER_WITHDRAWN\"}".getBytes(StandardCharsets.UTF_8), signature))
			.isFalse();
		assertThat(WebhookSignature.verify("test-secret", 1764324000L, BODY, null)).isFalse();
	}

}
