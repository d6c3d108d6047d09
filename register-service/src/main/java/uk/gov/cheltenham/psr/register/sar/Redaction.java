package uk.gov.cheltenham.psr.register.sar;

import java.time.Instant;

/**
 * An item (a value, or a whole record or list) withheld from the bundle.
 *
 * @param path the item's path, e.g. {@code incident/<id>/witnessStatements/0/statement}
 * @param reason the exemption relied on
 * @param note the CRO's note for the file, never released
 * @param markedBy who marked it
 * @param markedAt when
 */
public record Redaction(String path, RedactionReason reason, String note, String markedBy, Instant markedAt) {

	/**
	 * Whether this redaction covers the item at {@code itemPath} (itself or a parent).
	 */
	public boolean covers(String itemPath) {
		return itemPath.equals(this.path) || itemPath.startsWith(this.path + "/");
	}

}
