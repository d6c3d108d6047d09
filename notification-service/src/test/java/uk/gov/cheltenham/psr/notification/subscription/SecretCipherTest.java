package uk.gov.cheltenham.psr.notification.subscription;

import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretCipherTest {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String OTHER_KEY = Base64.getEncoder()
		.encodeToString("another-32-byte-key-for-the-test".getBytes());

	private static final String SECRET = "4f1c0b2a9e8d7c6b5a49382716051f0e4f1c0b2a9e8d7c6b5a49382716051f0e";

	private final SecretCipher cipher = SecretCipher.fromBase64Key(KEY);

	@Test
	@DisplayName("D1: a secret is stored encrypted and reads back as it was")
	void roundTrip() {
		String stored = this.cipher.encrypt(SECRET);

		assertThat(stored).startsWith(SecretCipher.PREFIX).doesNotContain(SECRET);
		assertThat(SecretCipher.isEncrypted(stored)).isTrue();
		assertThat(this.cipher.decrypt(stored)).isEqualTo(SECRET);
	}

	@Test
	@DisplayName("D1: each encryption uses a fresh IV, so equal secrets do not look equal in the column")
	void freshIvEachTime() {
		assertThat(this.cipher.encrypt(SECRET)).isNotEqualTo(this.cipher.encrypt(SECRET));
	}

	@Test
	@DisplayName("D1: an altered value, or another key, is refused rather than read as garbage")
	void tamperingAndWrongKeyRefused() {
		String stored = this.cipher.encrypt(SECRET);
		byte[] bytes = Base64.getDecoder().decode(stored.substring(SecretCipher.PREFIX.length()));
		bytes[bytes.length - 1] ^= 1;
		String altered = SecretCipher.PREFIX + Base64.getEncoder().encodeToString(bytes);

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(altered));
		assertThatIllegalStateException().isThrownBy(() -> SecretCipher.fromBase64Key(OTHER_KEY).decrypt(stored))
			.withMessageNotContaining(stored);
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(SECRET));
	}

	@Test
	@DisplayName("D1: a missing, non-base64 or wrong-length key stops the service")
	void badKeysRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SecretCipher.fromBase64Key(""));
		assertThatIllegalArgumentException().isThrownBy(() -> SecretCipher.fromBase64Key("not base64 !"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SecretCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[10])));
	}

}
