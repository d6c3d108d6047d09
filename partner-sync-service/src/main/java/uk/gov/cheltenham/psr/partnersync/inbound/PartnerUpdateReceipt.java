package uk.gov.cheltenham.psr.partnersync.inbound;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * One update received from CBH (P2, P3): kept for the CRO's task and logged with the
 * agreement it came under and the names of the fields received. Accepted once per
 * idempotency key; it never changes the register by itself.
 */
@Entity
@Table(name = "partner_update_receipt")
public class PartnerUpdateReceipt {

	/** Opaque keys only, so a key cannot carry personal data into logs or indexes. */
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	@Id
	private UUID id;

	private String idempotencyKey;

	private String agreementReference;

	@Enumerated(EnumType.STRING)
	private PartnerChangeKind changeKind;

	private String partnerReference;

	private String summary;

	private String receivedBy;

	private Instant receivedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_update_receipt_field", joinColumns = @JoinColumn(name = "receipt_id"))
	@OrderColumn(name = "field_order")
	@Column(name = "field_name")
	private List<String> fieldsReceived = new ArrayList<>();

	protected PartnerUpdateReceipt() {
		// for JPA
	}

	/**
	 * Accepts an update from CBH under the agreement in force.
	 * @param agreement the data-sharing agreement
	 * @param idempotencyKey the partner's key for this update; a replay carries the same
	 * @param changeKind what changed in CBH's register
	 * @param partnerReference CBH's reference for its record
	 * @param summary what CBH says changed, for the CRO
	 * @param receivedBy the authenticated partner client
	 * @param now the time of receipt
	 * @return the receipt
	 * @throws RuleViolation if the key is not an opaque key or anything is missing
	 */
	public static PartnerUpdateReceipt accept(DataSharingAgreement agreement, String idempotencyKey,
			PartnerChangeKind changeKind, String partnerReference, String summary, String receivedBy, Instant now) {
		if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
			throw new RuleViolation("P2",
					"An update from the partner needs an Idempotency-Key of 1 to 100 letters, digits or . _ : -");
		}
		if (changeKind == null || isBlank(partnerReference) || isBlank(summary)) {
			throw new RuleViolation("P2",
					"An update from the partner needs a change kind, its reference and a summary");
		}
		PartnerUpdateReceipt receipt = new PartnerUpdateReceipt();
		receipt.id = UUID.randomUUID();
		receipt.idempotencyKey = idempotencyKey;
		receipt.agreementReference = agreement.reference();
		receipt.changeKind = changeKind;
		receipt.partnerReference = partnerReference.strip();
		receipt.summary = summary.strip();
		receipt.receivedBy = receivedBy;
		// as precise as the database keeps it, so a replay's answer equals the first
		receipt.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
		receipt.fieldsReceived.addAll(List.of("changeKind", "partnerReference", "summary"));
		return receipt;
	}

	/**
	 * Checks that a call under this receipt's key is the same update again (P2): a key
	 * names one update, so the same key with other content is refused, and only a true
	 * repeat gets the first answer.
	 * @param changeKind what the repeat says changed
	 * @param partnerReference its reference
	 * @param summary its summary
	 * @throws RuleViolation if the content differs
	 */
	public void checkRepeatOf(PartnerChangeKind changeKind, String partnerReference, String summary) {
		boolean same = this.changeKind == changeKind && this.partnerReference.equals(stripped(partnerReference))
				&& this.summary.equals(stripped(summary));
		if (!same) {
			throw new RuleViolation("P2", "Idempotency-Key " + this.idempotencyKey
					+ " was used before for a different update; a new update needs a new key");
		}
	}

	private static String stripped(String text) {
		return (text != null) ? text.strip() : null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public UUID id() {
		return this.id;
	}

	public String idempotencyKey() {
		return this.idempotencyKey;
	}

	public String agreementReference() {
		return this.agreementReference;
	}

	public PartnerChangeKind changeKind() {
		return this.changeKind;
	}

	public String partnerReference() {
		return this.partnerReference;
	}

	public String summary() {
		return this.summary;
	}

	public String receivedBy() {
		return this.receivedBy;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public List<String> fieldsReceived() {
		return List.copyOf(this.fieldsReceived);
	}

}
