package uk.gov.cheltenham.psr.notification.subscription;

import uk.gov.cheltenham.psr.platform.crypto.EncryptedText;

/**
 * Keeps a subscription's webhook secret encrypted in its column (the platform's
 * {@code FieldCipher}, keys {@code psr.crypto.keys.*}) and plain in memory, where the
 * sender needs it to sign. The column's name is the associated data, so the value does
 * not decrypt anywhere else.
 */
public class WebhookSecretConverter extends EncryptedText {

	public static final String TABLE = "team_subscription";

	public static final String COLUMN = "webhook_secret";

	/**
	 * The associated data: "table.column", the platform's convention.
	 */
	public static final String LABEL = TABLE + "." + COLUMN;

	public WebhookSecretConverter() {
		super(LABEL);
	}

}
