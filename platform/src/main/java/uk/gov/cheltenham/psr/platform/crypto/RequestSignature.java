package uk.gov.cheltenham.psr.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 signature of an HTTP call with a shared secret: {@code sha256=} and the
 * lower-case hex HMAC of {@code <signed value>.<signed value>...<raw body>}, keyed with
 * the UTF-8 bytes of the secret. Which values are signed (a timestamp, an idempotency
 * key) and the headers that carry them are the caller's wire format.
 */
public final class RequestSignature {

	private static final String ALGORITHM = "HmacSHA256";

	private static final String PREFIX = "sha256=";

	private final SecretKeySpec key;

	/**
	 * Signatures with one shared secret.
	 * @param secret the shared secret, not empty
	 */
	public RequestSignature(String secret) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * The signature of {@code body} together with {@code signedValues}, in their order.
	 * @param body the raw body, exactly as sent
	 * @param signedValues the values signed before the body, e.g. the timestamp
	 * @return {@code sha256=} and the hex HMAC
	 */
	public String sign(byte[] body, String... signedValues) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			for (String value : signedValues) {
				mac.update((value + ".").getBytes(StandardCharsets.UTF_8));
			}
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * Whether {@code signature} is the one for {@code body} and {@code signedValues},
	 * compared in constant time.
	 * @param signature the signature received, or {@code null}
	 * @param body the raw body, exactly as received
	 * @param signedValues the values signed before the body, as received
	 * @return whether it matches
	 */
	public boolean matches(String signature, byte[] body, String... signedValues) {
		return signature != null && MessageDigest.isEqual(sign(body, signedValues).getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
	}

}
