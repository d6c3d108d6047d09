package uk.gov.cheltenham.psr.letters.letter;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * One letter to the customer of a register entry (L1–L6) and its workflow (L7): the CRO
 * drafts it; a complex or sensitive case is submitted to its signatory, the CSSM or the
 * Executive Director (R7), for approval; then it is handed over for delivery by email or
 * post and is sent once delivered. A letter that was never submitted, in a case the
 * register does not call complex or sensitive, needs no approval; once submitted it
 * cannot be sent without one.
 * <p>
 * No personal data: the customer's name and address are read from the register when the
 * letter is rendered; the rendered PDF is kept beside the letter and deleted with it
 * (R12).
 */
@Entity
@Table(name = "letter")
public class Letter extends AbstractAggregateRoot<Letter> {

	static final String RULE = "L7";

	static final String SIGNATORY_RULE = "R7";

	static final String NOTICE_RULE = "R8";

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID entryId;

	/** The register's request this letter answers: one letter per request (R8). */
	private UUID requestId;

	@Enumerated(EnumType.STRING)
	private LetterType letterType;

	@Enumerated(EnumType.STRING)
	private LetterStatus status;

	private boolean approvalRequired;

	private Instant createdAt;

	private String submittedBy;

	private Instant submittedAt;

	private String approvedBy;

	@Enumerated(EnumType.STRING)
	private StaffRole approvedAs;

	private Instant approvedAt;

	@Enumerated(EnumType.STRING)
	private DeliveryChannel channel;

	private String sentBy;

	private Instant sentAt;

	@Enumerated(EnumType.STRING)
	private StaffRole signatoryRole;

	private Instant cancelledAt;

	/** Notice to the customer is withheld (R8): the letter may not go out for now. */
	private boolean onHold;

	private Instant heldAt;

	protected Letter() {
		// for JPA
	}

	private Letter(LetterRequest request, Instant now) {
		this.id = UUID.randomUUID();
		this.entryId = request.entryId();
		this.requestId = request.requestId();
		this.letterType = request.letterType();
		this.status = LetterStatus.DRAFT;
		this.createdAt = now;
	}

	/** Starts the draft letter that the register asked for (R8). */
	public static Letter draft(LetterRequest request, Instant now) {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(now, "now");
		return new Letter(request, now);
	}

	/**
	 * Refers the draft to the CSSM for approval (L7, a complex or sensitive case). From
	 * now on the letter cannot be sent without approval.
	 * @throws RuleViolation unless the letter is a draft
	 */
	public void submitForApproval(String submittedBy, Instant now) {
		if (this.status != LetterStatus.DRAFT) {
			throw new RuleViolation(RULE,
					"Only a draft letter can be submitted for approval; this one is " + describe(this.status));
		}
		this.status = LetterStatus.AWAITING_APPROVAL;
		this.approvalRequired = true;
		this.submittedBy = submittedBy;
		this.submittedAt = now;
	}

	/**
	 * Approves the letter as its signatory (L7): the CSSM, or the Executive Director
	 * where the register names them as the signatory because the CSSM is the target or
	 * absent (R7).
	 * @param signatory who the register says signs this letter
	 * @throws RuleViolation if {@code role} may not sign letters, is not the signatory,
	 * or the letter is not awaiting approval
	 */
	public void approve(String approvedBy, StaffRole role, StaffRole signatory, Instant now) {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(signatory, "signatory");
		if (!role.maySignLetters()) {
			throw new RuleViolation(RULE, "Only the CSSM or the Executive Director may approve a letter");
		}
		requireNotHeld();
		if (this.status != LetterStatus.AWAITING_APPROVAL) {
			throw new RuleViolation(RULE,
					"Only a letter awaiting approval can be approved; this one is " + describe(this.status));
		}
		if (role != signatory) {
			throw new RuleViolation(SIGNATORY_RULE, "The register names the " + signatory.title()
					+ " as this letter's signatory, so the " + role.title() + " may not approve it");
		}
		this.status = LetterStatus.APPROVED;
		this.approvedBy = approvedBy;
		this.approvedAs = role;
		this.approvedAt = now;
		this.signatoryRole = signatory;
	}

	/**
	 * Hands the letter over for delivery (L7), signed by {@code signatory}. A complex or
	 * sensitive case, or a letter once submitted, goes only with the approval of that
	 * signatory.
	 * @param complexOrSensitive whether the register says the case needs approval
	 * @param signatory who the register says signs this letter (R7)
	 * @throws RuleViolation if the letter was sent, is being sent or was cancelled, or
	 * needs an approval it does not have
	 */
	public void requestDelivery(boolean complexOrSensitive, StaffRole signatory, String requestedBy, Instant now) {
		Objects.requireNonNull(signatory, "signatory");
		if (!signatory.maySignLetters()) {
			throw new IllegalArgumentException(signatory + " cannot sign letters");
		}
		switch (this.status) {
			case SENT -> throw new RuleViolation(RULE, "This letter has already been sent");
			case SENDING -> throw new RuleViolation(RULE, "This letter is already being sent");
			case CANCELLED -> throw new RuleViolation(RULE, "This letter was cancelled and cannot be sent");
			default -> {
			}
		}
		requireNotHeld();
		boolean needsApproval = this.approvalRequired || complexOrSensitive;
		if (needsApproval && this.status != LetterStatus.APPROVED) {
			throw new RuleViolation(RULE,
					complexOrSensitive
							? "This is a complex or sensitive case: the letter needs the approval of the "
									+ signatory.title() + " before it is sent"
							: "This letter needs the CSSM's approval before it is sent");
		}
		if (this.status == LetterStatus.APPROVED && this.approvedAs != signatory) {
			throw new RuleViolation(SIGNATORY_RULE, "The letter was approved by the " + this.approvedAs.title()
					+ " but the register now names the " + signatory.title() + " as its signatory");
		}
		this.status = LetterStatus.SENDING;
		this.approvalRequired = needsApproval;
		this.signatoryRole = signatory;
		this.sentBy = requestedBy;
	}

	/**
	 * Records that the letter reached the customer by {@code channel} (L7) and announces
	 * it.
	 * @throws RuleViolation unless the letter is being sent
	 */
	public void markSent(DeliveryChannel channel, Instant now) {
		Objects.requireNonNull(channel, "channel");
		if (this.status == LetterStatus.SENT) {
			throw new RuleViolation(RULE, "This letter has already been sent");
		}
		if (this.status != LetterStatus.SENDING) {
			throw new RuleViolation(RULE,
					"This letter has not been handed over for delivery; it is " + describe(this.status));
		}
		requireNotHeld();
		this.status = LetterStatus.SENT;
		this.channel = channel;
		this.sentAt = now;
		registerEvent(new LetterSentEvent(this.id, this.entryId, this.letterType, channel, now, this.requestId));
	}

	/**
	 * Stops a letter that can no longer go out: the register has deleted its entry (R12).
	 * Cancelling twice changes nothing.
	 * @throws RuleViolation if the letter was already sent
	 */
	public void cancel(Instant now) {
		if (this.status == LetterStatus.CANCELLED) {
			return;
		}
		if (this.status == LetterStatus.SENT) {
			throw new RuleViolation(RULE, "A letter that was sent cannot be cancelled");
		}
		this.status = LetterStatus.CANCELLED;
		this.cancelledAt = now;
	}

	/**
	 * The register withholds notice from the customer (R8): the letter is held where it
	 * stands in the workflow and cannot be approved or sent (a delivery already requested
	 * waits) until the register asks for it again. A letter already sent stays sent, and
	 * a cancelled one stays cancelled: holding them changes nothing.
	 * @return whether the letter is now held
	 */
	public boolean hold(Instant now) {
		if (this.status == LetterStatus.SENT || this.status == LetterStatus.CANCELLED) {
			return false;
		}
		if (!this.onHold) {
			this.onHold = true;
			this.heldAt = now;
		}
		return true;
	}

	/**
	 * The register asks again for a held letter (R8): the customer is to be told now, so
	 * it continues from where it was held. Releasing a letter not held changes nothing.
	 */
	public void release() {
		this.onHold = false;
		this.heldAt = null;
	}

	private void requireNotHeld() {
		if (this.onHold) {
			throw new RuleViolation(NOTICE_RULE, "Notice to the customer is withheld: this letter is held until the "
					+ "register asks for it again");
		}
	}

	private static String describe(LetterStatus status) {
		return status.name().toLowerCase().replace('_', ' ');
	}

	public UUID id() {
		return this.id;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public UUID requestId() {
		return this.requestId;
	}

	public LetterType letterType() {
		return this.letterType;
	}

	public LetterStatus status() {
		return this.status;
	}

	public boolean approvalRequired() {
		return this.approvalRequired;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String submittedBy() {
		return this.submittedBy;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public String approvedBy() {
		return this.approvedBy;
	}

	public StaffRole approvedAs() {
		return this.approvedAs;
	}

	public Instant approvedAt() {
		return this.approvedAt;
	}

	public DeliveryChannel channel() {
		return this.channel;
	}

	public String sentBy() {
		return this.sentBy;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

	public StaffRole signatoryRole() {
		return this.signatoryRole;
	}

	public Instant cancelledAt() {
		return this.cancelledAt;
	}

	public boolean onHold() {
		return this.onHold;
	}

	public Instant heldAt() {
		return this.heldAt;
	}

}
