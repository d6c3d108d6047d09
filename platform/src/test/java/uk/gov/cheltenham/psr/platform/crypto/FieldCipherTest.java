package uk.gov.cheltenham.psr.platform.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

	private static byte[] key(int fill) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) fill);
		return key;
	}

	private final FieldCipher cipher = new FieldCipher(Map.of("k1", key(1)), "k1", key(9));

	@Test
	@DisplayName("D2: a value is stored encrypted, differently each time, and read back")
	void roundTrip() {
		String first = this.cipher.encrypt("Jane Doe, 1 High Street", "customer_name");
		String second = this.cipher.encrypt("Jane Doe, 1 High Street", "customer_name");
		assertThat(first).startsWith("v1:k1:").doesNotContain("Jane").isNotEqualTo(second);
		assertThat(this.cipher.decrypt(first, "customer_name")).isEqualTo("Jane Doe, 1 High Street");
		assertThat(this.cipher.encrypt(null, "customer_name")).isNull();
	}

	@Test
	@DisplayName("D2: an altered value, or one moved to another column, does not decrypt — and the error names no data")
	void tamperingRefused() {
		String stored = this.cipher.encrypt("Jane Doe", "customer_name");
		byte[] bytes = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));
		bytes[bytes.length - 1] ^= 1;
		String altered = "v1:k1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> this.cipher.decrypt(altered, "customer_name")).hasMessageNotContaining("Jane");
		assertThatThrownBy(() -> this.cipher.decrypt(stored, "address")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> this.cipher.decrypt("Jane Doe", "customer_name")).hasMessageNotContaining("Jane")
			.hasMessageContaining("not encrypted");
	}

	@Test
	@DisplayName("D2: a thread's cipher, reused, still works after a refused value and with another key")
	void cipherReusedOnOneThread() {
		String stored = this.cipher.encrypt("Jane Doe", "customer_name");
		assertThatThrownBy(() -> this.cipher.decrypt(stored, "address")).isInstanceOf(IllegalStateException.class);
		assertThat(this.cipher.decrypt(stored, "customer_name")).isEqualTo("Jane Doe");
		FieldCipher other = new FieldCipher(Map.of("k2", key(2)), "k2", key(9));
		String underOther = other.encrypt("John Roe", "customer_name");
		assertThat(this.cipher.decrypt(this.cipher.encrypt("Jane Doe", "notes"), "notes")).isEqualTo("Jane Doe");
		assertThat(other.decrypt(underOther, "customer_name")).isEqualTo("John Roe");
	}

	@Test
	@DisplayName("D2: threads encrypting and decrypting at once each read back their own values")
	void concurrentUse() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				String value = "Customer " + i;
				results.add(threads.submit(() -> value
					.equals(this.cipher.decrypt(this.cipher.encrypt(value, "customer_name"), "customer_name"))));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	@DisplayName("D2: after rotation old values still read, new ones use the new key, and the old are found for re-encryption")
	void rotation() {
		String old = this.cipher.encrypt("Jane Doe", "customer_name");
		FieldCipher rotated = new FieldCipher(Map.of("k1", key(1), "k2", key(2)), "k2", key(9));
		assertThat(rotated.decrypt(old, "customer_name")).isEqualTo("Jane Doe");
		assertThat(rotated.needsReEncryption(old)).isTrue();
		String renewed = rotated.encrypt("Jane Doe", "customer_name");
		assertThat(renewed).startsWith("v1:k2:");
		assertThat(rotated.needsReEncryption(renewed)).isFalse();
		FieldCipher withoutOld = new FieldCipher(Map.of("k2", key(2)), "k2", key(9));
		assertThatThrownBy(() -> withoutOld.decrypt(old, "customer_name")).hasMessageContaining("unknown data key");
	}

	@Test
	@DisplayName("R13: a blind index matches the same name or address written differently, and nothing else")
	void blindIndex() {
		String index = this.cipher.blindIndex("Flat 1, 10 High St.", "address");
		assertThat(this.cipher.blindIndex("flat 1 10  HIGH st", "address")).isEqualTo(index);
		assertThat(this.cipher.blindIndex("Chloé Brontë", "name"))
			.isEqualTo(this.cipher.blindIndex("chloe bronte", "name"));
		assertThat(this.cipher.blindIndex("Flat 2, 10 High St.", "address")).isNotEqualTo(index);
		assertThat(this.cipher.blindIndex("Flat 1, 10 High St.", "name")).as("per purpose").isNotEqualTo(index);
		FieldCipher otherKey = new FieldCipher(Map.of("k1", key(1)), "k1", key(8));
		assertThat(otherKey.blindIndex("Flat 1, 10 High St.", "address")).as("keyed").isNotEqualTo(index);
	}

	@Test
	@DisplayName("keys that are missing or the wrong size are refused at start-up")
	void badKeysRefused() {
		assertThatThrownBy(() -> new FieldCipher(Map.of("k1", key(1)), "k2", key(9)))
			.hasMessageContaining("active data key");
		assertThatThrownBy(() -> new FieldCipher(Map.of("k1", new byte[16]), "k1", key(9)))
			.hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new FieldCipher(Map.of("k1", key(1)), "k1", new byte[8]))
			.hasMessageContaining("blind-index");
	}

}
