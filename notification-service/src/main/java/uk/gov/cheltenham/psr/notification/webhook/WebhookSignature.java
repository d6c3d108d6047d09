package uk.gov.cheltenham.psr.notification.webhook;

import uk.gov.cheltenham.psr.platform.crypto.RequestSignature;

/**
 * The signature on every webhook call, and how a receiver checks it.
 * <p>
 * Each call carries three headers:
 * <ul>
 * <li>{@code PSR-Timestamp}: seconds since the epoch when the call was signed;</li>
 * <li>{@code PSR-Delivery-Id}: the delivery's id, the same on every retry and equal to
 * {@code deliveryId} in the body;</li>
 * <li>{@code PSR-Signature}: {@code sha256=} followed by the lower-case hex HMAC-SHA256
 * of {@code <PSR-Timestamp>.<raw request body>}, keyed with the UTF-8 bytes of the
 * subscription's secret (returned once, when the subscription was created).</li>
 * </ul>
 * A receiver should: recompute the HMAC over the raw body bytes exactly as received (not
 * re-serialised JSON) and compare in constant time; reject a timestamp more than five
 * minutes from its own clock (a replayed old call); and treat a {@code PSR-Delivery-Id}
 * it has already processed as done, answering 2xx without acting again (delivery is at
 * least once: a call whose answer was lost is repeated).
 */
public final class WebhookSignature {

	public static final String SIGNATURE_HEADER = "PSR-Signature";

	public static final String TIMESTAMP_HEADER = "PSR-Timestamp";

	public static final String DELIVERY_ID_HEADER = "PSR-Delivery-Id";

	private WebhookSignature() {
	}

	/** The {@code PSR-Signature} value for {@code body} signed at {@code timestamp}. */
	public static String sign(String secret, long timestamp, byte[] body) {
		return new RequestSignature(secret).sign(body, Long.toString(timestamp));
	}

	/** What a receiver does: whether {@code signature} is right, in constant time. */
	public static boolean verify(String secret, long timestamp, byte[] body, String signature) {
		return new RequestSignature(secret).matches(signature, body, Long.toString(timestamp));
	}

}
