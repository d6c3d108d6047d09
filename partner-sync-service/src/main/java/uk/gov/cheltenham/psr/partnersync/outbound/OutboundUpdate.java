package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import jakarta.persistence.Version;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.partnersync.agreement.RegisterChange;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * One message owed to CBH about one register change, under one agreement (P1, P3): the
 * intent row from which it will be sent, and the lasting record of what was disclosed to
 * whom. It holds the names of the disclosed fields, never their values; the values are
 * read from the register when the message is sent, so nothing personal is kept here. One
 * update per source event and kind, however often the event is delivered.
 */
@Entity
@Table(name = "outbound_update")
public class OutboundUpdate {

	@Id
	private UUID id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private UpdateKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "register_change")
	private RegisterChange change;

	private UUID entryId;

	private UUID sourceEventId;

	private String agreementReference;

	private String recipient;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "outbound_update_field", joinColumns = @JoinColumn(name = "update_id"))
	@OrderColumn(name = "field_order")
	@Column(name = "field_name")
	private List<String> disclosedFields = new ArrayList<>();

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private DeliveryStatus status;

	protected OutboundUpdate() {
		// for JPA
	}

	private OutboundUpdate(UpdateKind kind, RegisterChange change, UUID entryId, UUID sourceEventId,
			DataSharingAgreement agreement, List<String> disclosedFields, Instant now) {
		for (String field : disclosedFields) {
			// the allow-list is the last word, whoever built the list
			if (!agreement.allows(field)) {
				throw new RuleViolation("P1", "The data-sharing agreement " + agreement.reference()
						+ " does not allow disclosing '" + field + "'");
			}
		}
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.change = change;
		this.entryId = entryId;
		this.sourceEventId = sourceEventId;
		this.agreementReference = agreement.reference();
		this.recipient = agreement.recipient();
		this.disclosedFields.addAll(disclosedFields);
		this.createdAt = now;
		// delivery over TLS-only email or HTTPS is a later issue; until then updates wait
		// here
		this.status = DeliveryStatus.PENDING;
	}

	/**
	 * What the partner is owed for one register change: nothing if the agreement does not
	 * cover it, else an update with the allowed fields; and when the entry is purged, a
	 * request to delete every copy, if the partner was ever told about the entry (R12).
	 * @param agreement the agreement in force
	 * @param change the change announced by the register
	 * @param entryId the entry changed
	 * @param sourceEventId the register's event, which makes each update unique
	 * @param partnerToldBefore whether an update about this entry was recorded before
	 * @param now the time of recording
	 * @return the updates to record, possibly none
	 */
	public static List<OutboundUpdate> owedFor(DataSharingAgreement agreement, RegisterChange change, UUID entryId,
			UUID sourceEventId, boolean partnerToldBefore, Instant now) {
		List<OutboundUpdate> owed = new ArrayList<>();
		if (agreement.covers(change)) {
			owed.add(new OutboundUpdate(UpdateKind.UPDATE, change, entryId, sourceEventId, agreement,
					agreement.disclosableFor(change), now));
		}
		boolean partnerHoldsCopy = partnerToldBefore || !owed.isEmpty();
		// asking for a deletion about an entry never shared would itself disclose it
		if (change == RegisterChange.ENTRY_PURGED && partnerHoldsCopy) {
			owed.add(new OutboundUpdate(UpdateKind.DELETION_REQUEST, change, entryId, sourceEventId, agreement,
					agreement.deletionRequestFields(), now));
		}
		return List.copyOf(owed);
	}

	public UUID id() {
		return this.id;
	}

	public UpdateKind kind() {
		return this.kind;
	}

	public RegisterChange change() {
		return this.change;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public UUID sourceEventId() {
		return this.sourceEventId;
	}

	public String agreementReference() {
		return this.agreementReference;
	}

	public String recipient() {
		return this.recipient;
	}

	public List<String> disclosedFields() {
		return List.copyOf(this.disclosedFields);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public DeliveryStatus status() {
		return this.status;
	}

}
