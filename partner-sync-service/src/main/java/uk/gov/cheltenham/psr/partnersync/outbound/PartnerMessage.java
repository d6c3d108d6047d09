package uk.gov.cheltenham.psr.partnersync.outbound;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One message to the partner, ready to send: addressed to the agreement's recipient,
 * identified by the update's id (so the partner can drop a copy sent twice) and holding
 * the values of the allowed fields as read from the register at the time of sending.
 * Built for one attempt and never stored; {@link #toString()} names the fields but shows
 * no value, so it is safe should it ever reach a log.
 *
 * @param updateId the outbound update's id, the message's idempotency key
 * @param recipient the partner's mailbox or endpoint
 * @param agreementReference the data-sharing agreement it is sent under
 * @param kind an update or a deletion request
 * @param change the register's event type, e.g. {@code EntryOpened}
 * @param entryId the entry it is about
 * @param fields the allowed field names, in the agreement's order, with their values
 * ({@code null} when the register holds none)
 */
public record PartnerMessage(UUID updateId, String recipient, String agreementReference, UpdateKind kind, String change,
		UUID entryId, Map<String, Object> fields) {

	private static final String CRLF = "\r\n";

	public PartnerMessage {
		// insertion order is the agreement's order; values may be null
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/**
	 * The email's {@code Message-ID}: the update's id, so that a copy sent again after a
	 * lost record is recognisable by mail systems as well as by the partner.
	 */
	public String messageId() {
		return "<" + this.updateId + "@partner-sync.psr.cheltenham.gov.uk>";
	}

	public List<String> fieldNames() {
		return List.copyOf(this.fields.keySet());
	}

	/** No personal data: what kind of message under which agreement. */
	public String subject() {
		return "PSR " + ((this.kind == UpdateKind.DELETION_REQUEST) ? "deletion request" : "update") + " under "
				+ this.agreementReference;
	}

	/** The message as plain text for email: a header block, then one field a line. */
	public String textBody() {
		StringBuilder body = new StringBuilder();
		body.append("Data-sharing agreement: ").append(this.agreementReference).append(CRLF);
		body.append("Update: ").append(this.updateId).append(CRLF);
		body.append("Kind: ").append(this.kind).append(CRLF);
		body.append("Change: ").append(this.change).append(CRLF);
		body.append("Entry: ").append(this.entryId).append(CRLF);
		body.append("Fields: ").append(String.join(", ", this.fields.keySet())).append(CRLF);
		body.append(CRLF);
		this.fields.forEach((name, value) -> appendField(body, name, value));
		if (this.kind == UpdateKind.DELETION_REQUEST) {
			body.append(CRLF).append("Please delete every copy you hold of this entry (R12).").append(CRLF);
		}
		return body.toString();
	}

	private static void appendField(StringBuilder body, String name, Object value) {
		if (value instanceof List<?> items) {
			body.append(name).append(':').append(items.isEmpty() ? " (none)" : "").append(CRLF);
			items.forEach((item) -> body.append("  - ").append(oneLine(item)).append(CRLF));
		}
		else {
			body.append(name).append(": ").append((value != null) ? oneLine(value) : "(none held)").append(CRLF);
		}
	}

	/** A value cannot start a line of its own, so it cannot pose as another field. */
	private static String oneLine(Object value) {
		return String.valueOf(value).replaceAll("[\\r\\n]+", " ");
	}

	@Override
	public String toString() {
		return "PartnerMessage[updateId=" + this.updateId + ", agreementReference=" + this.agreementReference
				+ ", kind=" + this.kind + ", change=" + this.change + ", entryId=" + this.entryId + ", fields="
				+ fieldNames() + "]";
	}

}
