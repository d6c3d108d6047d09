package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import uk.gov.cheltenham.psr.partnersync.agreement.DeliveryChannel;
import uk.gov.cheltenham.psr.partnersync.agreement.RegisterChange;
import uk.gov.cheltenham.psr.partnersync.agreement.RegisterField;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * One message owed to CBH about one register change, under one agreement (P1, P3): the
 * intent row from which it will be sent, and the lasting record of what was disclosed to
 * whom. It holds the names of the disclosed fields, never their values; the values are
 * read from the register when the message is sent, so nothing personal is kept here. One
 * update per source event and kind, however often the event is delivered. It is sent at
 * most once in effect (a copy sent again after a lost record carries the same update id,
 * for the partner to drop), by the agreement's channel, over TLS only, with retries for a
 * long window and a visible status (P1): PENDING, SENDING while one attempt holds it,
 * then SENT, FAILED, or CANCELLED when the entry was deleted before it could be sent.
 */
@Entity
@Table(name = "outbound_update")
public class OutboundUpdate {

	/** The one field whose value this service knows itself. */
	private static final String ENTRY_ID = RegisterField.ENTRY_ID.fieldName();

	@Id
	private UUID id;

	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	private UpdateKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "register_change")
	private RegisterChange change;

	private UUID entryId;

	private UUID sourceEventId;

	private String agreementReference;

	@Enumerated(EnumType.STRING)
	private DeliveryChannel channel;

	private String recipient;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "outbound_update_field", joinColumns = @JoinColumn(name = "update_id"))
	@OrderColumn(name = "field_order")
	@Column(name = "field_name")
	private List<String> disclosedFields = new ArrayList<>();

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private DeliveryStatus status;

	private int attempts;

	/** The attempt that holds the update while SENDING. */
	private UUID attemptId;

	private Instant nextAttemptAt;

	/** A fixed description of the last failure, never a server's reply. */
	private String lastError;

	private Instant sentAt;

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
		this.channel = agreement.channel();
		this.recipient = agreement.recipient();
		this.disclosedFields.addAll(disclosedFields);
		this.createdAt = now;
		this.status = DeliveryStatus.PENDING;
		this.nextAttemptAt = now;
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

	/**
	 * The message owed to the partner, with the values of the allowed fields read from
	 * the register now (P1): the register is asked for exactly the recorded field names,
	 * all on the allow-list, and anything else it answers is dropped. The entry id is
	 * known here, so an update naming nothing else (a deletion request, a purge) needs no
	 * call. The values go into the message only, never into this record.
	 * @param register the register's internal API
	 * @return the message
	 * @throws RegisterReadFailure if the register cannot give the values
	 */
	public PartnerMessage message(EntryRegister register) throws RegisterReadFailure {
		Map<String, Object> fetched = needsRegister() ? register.sharedFields(this.entryId, disclosedFields())
				: Map.of();
		Map<String, Object> values = new LinkedHashMap<>();
		for (String field : this.disclosedFields) {
			values.put(field, ENTRY_ID.equals(field) ? this.entryId.toString() : fetched.get(field));
		}
		return new PartnerMessage(this.id, this.recipient, this.agreementReference, this.kind, this.change.eventType(),
				this.entryId, values);
	}

	private boolean needsRegister() {
		return this.disclosedFields.stream().anyMatch((field) -> !ENTRY_ID.equals(field));
	}

	/**
	 * Whether an attempt is due: pending and past its backoff, or SENDING under a claim
	 * whose lease ran out (that attempt was never recorded).
	 */
	public boolean isDue(Instant now) {
		return (this.status == DeliveryStatus.PENDING || this.status == DeliveryStatus.SENDING)
				&& !this.nextAttemptAt.isAfter(now);
	}

	/**
	 * Claims the update for one attempt, committed before anything is sent (P1): SENDING
	 * under a new attempt id, due again (to be sent again with the same update id, which
	 * the partner uses to drop the copy) only if the attempt is not recorded by
	 * {@code leaseEnd}.
	 * @return the attempt id that records the outcome
	 * @throws RuleViolation unless the update is due
	 */
	public UUID claim(Instant now, Instant leaseEnd) {
		if (!isDue(now)) {
			throw new RuleViolation("P1", "Update " + this.id + " is " + this.status + ", not due for delivery");
		}
		this.status = DeliveryStatus.SENDING;
		this.attemptId = UUID.randomUUID();
		this.nextAttemptAt = leaseEnd;
		return this.attemptId;
	}

	/**
	 * Sends the message, with the values read from the register now (P1); outside any
	 * transaction, and the values never reach this record.
	 * @throws RegisterReadFailure if the register cannot give the values
	 * @throws PartnerDeliveryException if the channel did not accept it
	 */
	public void sendVia(PartnerChannel channel, EntryRegister register)
			throws RegisterReadFailure, PartnerDeliveryException {
		channel.deliver(message(register));
	}

	/**
	 * Records what became of {@code attempt} (P1): SENT when the channel accepted it.
	 * When the register or the channel could not be reached the failure is recorded and
	 * the update waits for its backoff, or is FAILED once the retry policy is used up. An
	 * entry the register has deleted for good (R12) CANCELS the update: nothing is sent.
	 * An entry the register does not know FAILS it at once, for someone to look at.
	 * @param failure what {@link #sendVia} threw, or null when it was accepted
	 * @return whether it is SENT now; false too when the attempt lost its claim, in which
	 * case nothing changes
	 */
	public boolean recordAttempt(UUID attempt, Exception failure, Instant now, RetryPolicy retries) {
		if (this.status != DeliveryStatus.SENDING || !attempt.equals(this.attemptId)) {
			return false;
		}
		this.attempts++;
		this.status = DeliveryStatus.PENDING;
		if (failure instanceof RegisterReadFailure unreadable) {
			switch (unreadable.why()) {
				case ENTRY_GONE -> stop(DeliveryStatus.CANCELLED, unreadable.reason());
				case ENTRY_UNKNOWN -> stop(DeliveryStatus.FAILED, unreadable.reason());
				case UNAVAILABLE -> attemptFailed(unreadable.reason(), now, retries);
			}
			return false;
		}
		if (failure instanceof PartnerDeliveryException refused) {
			attemptFailed(refused.reason(), now, retries);
			return false;
		}
		if (failure != null) {
			attemptFailed("Send failed (" + failure.getClass().getSimpleName() + ")", now, retries);
			return false;
		}
		this.status = DeliveryStatus.SENT;
		this.sentAt = now;
		this.nextAttemptAt = null;
		this.lastError = null;
		return true;
	}

	/**
	 * One whole attempt in memory, claim, send and record, for a caller that needs no
	 * transaction between them (the channels' own tests); the sender takes the three
	 * steps in transactions of their own.
	 * @return whether it was sent now
	 * @throws RuleViolation if it is not due
	 */
	public boolean deliverVia(PartnerChannel channel, EntryRegister register, Instant now, RetryPolicy retries) {
		UUID attempt = claim(now, now);
		Exception failure = null;
		try {
			sendVia(channel, register);
		}
		catch (RegisterReadFailure | PartnerDeliveryException ex) {
			failure = ex;
		}
		return recordAttempt(attempt, failure, now, retries);
	}

	private void attemptFailed(String reason, Instant now, RetryPolicy retries) {
		retries.nextAttempt(this.attempts, now).ifPresentOrElse((next) -> {
			this.lastError = reason;
			this.nextAttemptAt = next;
		}, () -> stop(DeliveryStatus.FAILED, reason));
	}

	private void stop(DeliveryStatus outcome, String reason) {
		this.status = outcome;
		this.lastError = reason;
		this.nextAttemptAt = null;
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

	public DeliveryChannel channel() {
		return this.channel;
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

	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String lastError() {
		return this.lastError;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

}
