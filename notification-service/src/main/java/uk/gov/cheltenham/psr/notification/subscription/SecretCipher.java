package uk.gov.cheltenham.psr.notification.subscription;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-GCM under a key kept outside the database
 * ({@code PSR_NOTIFICATION_SECRET_KEY}), so that a copy of the database (a backup, a
 * stolen dump) does not let anyone sign calls to a team's webhook. A stored value is
 * {@code v1:} followed by the base64 of a fresh 96-bit IV, the ciphertext and the 128-bit
 * tag; a changed byte, or another key, fails to decrypt instead of yielding garbage.
 */
public final class SecretCipher {

	/** Marks an encrypted value, so plain text left from before can be told apart. */
	public static final String PREFIX = "v1:";

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** Binds a ciphertext to its use: a value encrypted for another purpose won't do. */
	private static final byte[] ASSOCIATED_DATA = "psr.notification.webhook-secret".getBytes(StandardCharsets.UTF_8);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	private SecretCipher(byte[] key) {
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * A cipher for a base64-encoded AES key.
	 * @throws IllegalArgumentException unless the key is base64 of 16, 24 or 32 bytes
	 */
	public static SecretCipher fromBase64Key(String base64Key) {
		if (base64Key == null || base64Key.isBlank()) {
			throw new IllegalArgumentException("The secret key is missing");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64Key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The secret key is not base64");
		}
		if (key.length != 16 && key.length != 24 && key.length != 32) {
			throw new IllegalArgumentException("The secret key must be 128, 192 or 256 bits, not " + key.length * 8);
		}
		return new SecretCipher(key);
	}

	public String encrypt(String plainText) {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(ASSOCIATED_DATA);
			byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
			return PREFIX + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	/**
	 * @throws IllegalStateException if the value is not one of ours, was altered, or was
	 * encrypted under another key
	 */
	public String decrypt(String stored) {
		if (!isEncrypted(stored)) {
			throw new IllegalStateException("The stored secret is not encrypted");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			if (bytes.length <= IV_BYTES) {
				throw new IllegalStateException("The stored secret is too short");
			}
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			cipher.updateAAD(ASSOCIATED_DATA);
			return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			// the class only: never the value
			throw new IllegalStateException(
					"The stored secret cannot be decrypted with this key (" + ex.getClass().getSimpleName() + ")");
		}
	}

	public static boolean isEncrypted(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

}
