package uk.gov.cheltenham.psr.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and decrypts personal-data values with AES-256-GCM. A stored value reads
 * {@code v1:<key id>:<base64 nonce+ciphertext+tag>}: the key id lets old values be read
 * after the active key is rotated, and lets a job find values still under an old key. The
 * column name is bound in as associated data, so a value copied into another column does
 * not decrypt.
 */
public final class FieldCipher {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

	private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * One cipher per thread, initialised afresh (a new nonce) for every value: looking a
	 * transformation up in the providers cost more than the encryption of a report's
	 * fields (P2 profile). A Cipher is not thread-safe, so it is not shared.
	 */
	private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES/GCM is not available", ex);
		}
	});

	private final Map<String, SecretKeySpec> keys;

	private final String activeKeyId;

	private final SecretKeySpec blindIndexKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param keys key id to 32-byte key
	 * @param activeKeyId the key new values are encrypted with
	 * @param blindIndexKey the HMAC key for blind indexes (at least 32 bytes)
	 */
	public FieldCipher(Map<String, byte[]> keys, String activeKeyId, byte[] blindIndexKey) {
		if (!keys.containsKey(activeKeyId)) {
			throw new IllegalArgumentException("the active data key '" + activeKeyId + "' is not configured");
		}
		keys.forEach((id, key) -> {
			if (key.length != 32) {
				throw new IllegalArgumentException("data key '" + id + "' must be 32 bytes (AES-256)");
			}
			if (id.contains(":")) {
				throw new IllegalArgumentException("data key id '" + id + "' must not contain ':'");
			}
		});
		if (blindIndexKey.length < 32) {
			throw new IllegalArgumentException("the blind-index key must be at least 32 bytes");
		}
		this.keys = keys.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
					(entry) -> new SecretKeySpec(entry.getValue(), "AES")));
		this.activeKeyId = activeKeyId;
		this.blindIndexKey = new SecretKeySpec(blindIndexKey, "HmacSHA256");
	}

	/** Encrypts with the active key; {@code null} stays {@code null}. */
	public String encrypt(String plaintext, String column) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = AES_GCM.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + this.activeKeyId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("encryption failed", ex);
		}
	}

	/**
	 * Decrypts a value written by {@link #encrypt}.
	 * @throws IllegalStateException when the key is unknown or the value was altered
	 * (never with the value in the message)
	 */
	public String decrypt(String stored, String column) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("a value in " + column + " is not encrypted");
		}
		int keyEnd = stored.indexOf(':', PREFIX.length());
		String keyId = stored.substring(PREFIX.length(), keyEnd);
		SecretKeySpec key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("a value in " + column + " is under unknown data key '" + keyId + "'");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(keyEnd + 1));
			Cipher cipher = AES_GCM.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("a value in " + column + " could not be decrypted", ex);
		}
	}

	/** Whether a stored value is under a key other than the active one (rotation). */
	public boolean needsReEncryption(String stored) {
		return stored != null && !stored.startsWith(PREFIX + this.activeKeyId + ":");
	}

	/**
	 * A blind index: a keyed hash of the normalised value (case, accents, spacing and
	 * punctuation ignored), so "Flat 1, 10 High St" finds "flat 1 10 high st" without the
	 * database ever holding either.
	 * @param value the value to index
	 * @param purpose what is indexed, e.g. {@code customer-name}, so equal values in
	 * different fields do not match
	 */
	public String blindIndex(String value, String purpose) {
		if (value == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.blindIndexKey);
			mac.update(purpose.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(normalise(value).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("blind index failed", ex);
		}
	}

	static String normalise(String value) {
		String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFKD)).replaceAll("");
		return NOT_LETTERS_OR_DIGITS.matcher(decomposed.toLowerCase(Locale.UK)).replaceAll(" ").trim();
	}

}
