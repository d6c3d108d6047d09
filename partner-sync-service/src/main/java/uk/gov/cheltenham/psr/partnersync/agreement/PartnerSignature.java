package uk.gov.cheltenham.psr.partnersync.agreement;

import java.time.Duration;
import java.time.Instant;

import uk.gov.cheltenham.psr.platform.crypto.RequestSignature;

/**
 * How calls between PSR and the partner are signed under the agreement (P1, P2), in both
 * directions, each with its own shared secret from configuration.
 * <p>
 * A signed call carries three headers:
 * <ul>
 * <li>{@code PSR-Timestamp}: seconds since the epoch when the call was signed;</li>
 * <li>{@code Idempotency-Key}: the same on every retry of one update;</li>
 * <li>{@code PSR-Signature}: {@code sha256=} and the lower-case hex HMAC-SHA256 of
 * {@code <timestamp>.<idempotency key>.<raw body>}, keyed with the UTF-8 bytes of the
 * secret.</li>
 * </ul>
 * The key is signed too, so a captured call cannot be sent again under a new key. A
 * receiver compares in constant time and refuses a timestamp further than the tolerance
 * from its own clock: an old call replayed.
 */
public final class PartnerSignature {

	public static final String TIMESTAMP_HEADER = "PSR-Timestamp";

	public static final String SIGNATURE_HEADER = "PSR-Signature";

	public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

	private final RequestSignature hmac;

	/**
	 * Signatures with one shared secret.
	 * @param secret the shared secret
	 */
	public PartnerSignature(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("Signing needs a shared secret");
		}
		this.hmac = new RequestSignature(secret);
	}

	/**
	 * A call as received, its headers untouched.
	 *
	 * @param timestamp the {@code PSR-Timestamp} header, or {@code null}
	 * @param idempotencyKey the {@code Idempotency-Key} header
	 * @param body the raw body
	 * @param signature the {@code PSR-Signature} header, or {@code null}
	 */
	public record SignedCall(String timestamp, String idempotencyKey, byte[] body, String signature) {

	}

	/** The {@code PSR-Signature} value for a call signed at {@code timestamp}. */
	public String sign(long timestamp, String idempotencyKey, byte[] body) {
		return this.hmac.sign(body, Long.toString(timestamp), idempotencyKey);
	}

	/**
	 * Checks a received call.
	 * @param call the call as received
	 * @param now the receiver's clock
	 * @param tolerance how far the call's timestamp may be from {@code now}
	 * @throws SignatureRefused if anything is missing, wrong or too old
	 */
	public void verify(SignedCall call, Instant now, Duration tolerance) {
		String timestamp = call.timestamp();
		String signature = call.signature();
		if (timestamp == null || signature == null) {
			throw new SignatureRefused(
					"The call is not signed (" + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + " are required)");
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			throw new SignatureRefused(TIMESTAMP_HEADER + " is not a number of seconds since the epoch");
		}
		Duration skew = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
		if (skew.compareTo(tolerance) > 0) {
			throw new SignatureRefused(TIMESTAMP_HEADER + " is more than " + tolerance.toSeconds()
					+ " seconds from this server's clock: an old call is not accepted again");
		}
		if (!this.hmac.matches(signature.strip(), call.body(), Long.toString(seconds), call.idempotencyKey())) {
			throw new SignatureRefused(SIGNATURE_HEADER + " does not match the body, key and timestamp");
		}
	}

}
