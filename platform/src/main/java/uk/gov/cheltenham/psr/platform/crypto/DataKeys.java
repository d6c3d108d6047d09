package uk.gov.cheltenham.psr.platform.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data keys, supplied from outside the database (environment or a secrets manager):
 * <pre>
 * psr.crypto.keys.2026a=&lt;base64 of 32 random bytes&gt;   (PSR_CRYPTO_KEYS_2026A)
 * psr.crypto.active-key=2026a
 * psr.crypto.blind-index-key=&lt;base64 of 32+ random bytes&gt;
 * </pre> To rotate: add a new key, make it active, keep the old one until every value has
 * been re-encrypted ({@link FieldCipher#needsReEncryption}).
 *
 * @param keys key id to base64 key
 * @param activeKey the key id new values are encrypted with
 * @param blindIndexKey base64 HMAC key for blind indexes
 */
@ConfigurationProperties("psr.crypto")
public record DataKeys(Map<String, String> keys, String activeKey, String blindIndexKey) {

	public FieldCipher cipher() {
		Map<String, byte[]> decoded = new LinkedHashMap<>();
		(this.keys != null ? this.keys : Map.<String, String>of())
			.forEach((id, key) -> decoded.put(id, Base64.getDecoder().decode(key)));
		return new FieldCipher(decoded, this.activeKey,
				Base64.getDecoder().decode(this.blindIndexKey != null ? this.blindIndexKey : ""));
	}

}
