package uk.gov.cheltenham.psr.letters.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.gov.cheltenham.psr.letters.letter.DeliveryChannel;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * The intent to deliver one letter (L7), written in the same transaction that hands the
 * letter over, and what became of it. One per letter (a unique key). The email address
 * and body are kept only while the email is still to be sent, then forgotten (D1); the
 * last error is an exception class, never a server's reply (which may name the
 * recipient).
 */
@Entity
@Table(name = "letter_delivery")
public class LetterDelivery {

	static final String RULE = "L7";

	static final int MAX_ERROR_LENGTH = 500;

	/** The right-hand side of every letter email's {@code Message-ID}; names no one. */
	static final String MESSAGE_ID_DOMAIN = "letters.psr.cheltenham.gov.uk";

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID letterId;

	@Enumerated(EnumType.STRING)
	private DeliveryChannel channel;

	@Enumerated(EnumType.STRING)
	private DeliveryStatus status;

	private String recipientEmail;

	private String emailText;

	private int attempts;

	/** The attempt that holds the delivery while SENDING. */
	private UUID attemptId;

	private Instant nextAttemptAt;

	private String lastError;

	private String requestedBy;

	private Instant createdAt;

	private Instant deliveredAt;

	private String deliveredBy;

	protected LetterDelivery() {
		// for JPA
	}

	private LetterDelivery(UUID letterId, DeliveryChannel channel, DeliveryStatus status, String requestedBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.letterId = Objects.requireNonNull(letterId, "letterId");
		this.channel = channel;
		this.status = status;
		this.requestedBy = requestedBy;
		this.createdAt = now;
	}

	/** An email to send now: the PDF attached, {@code text} as the body. */
	static LetterDelivery byEmail(UUID letterId, String recipientEmail, String text, String requestedBy, Instant now) {
		LetterDelivery delivery = new LetterDelivery(letterId, DeliveryChannel.EMAIL, DeliveryStatus.PENDING,
				requestedBy, now);
		delivery.recipientEmail = Objects.requireNonNull(recipientEmail, "recipientEmail");
		delivery.emailText = Objects.requireNonNull(text, "text");
		delivery.nextAttemptAt = now;
		return delivery;
	}

	/** A letter for the post room to print and post. */
	static LetterDelivery byPost(UUID letterId, String requestedBy, Instant now) {
		return new LetterDelivery(letterId, DeliveryChannel.POST, DeliveryStatus.QUEUED_FOR_POST, requestedBy, now);
	}

	/** PENDING and past its backoff, or SENDING under a claim whose lease ran out. */
	boolean isDue(Instant now) {
		return (this.status == DeliveryStatus.PENDING || this.status == DeliveryStatus.SENDING)
				&& this.nextAttemptAt != null && !this.nextAttemptAt.isAfter(now);
	}

	/**
	 * Claims the email for one attempt, committed before it is sent: SENDING under a new
	 * attempt id, due again (to be sent again with the same {@link #messageId()}) only if
	 * the attempt is not recorded by {@code leaseEnd}.
	 * @return the attempt id that records the outcome
	 * @throws RuleViolation unless the email is due
	 */
	UUID claim(Instant now, Instant leaseEnd) {
		if (!isDue(now)) {
			throw new RuleViolation(RULE, "This letter's delivery is " + describe(this.status) + " and not due");
		}
		this.status = DeliveryStatus.SENDING;
		this.attemptId = UUID.randomUUID();
		this.nextAttemptAt = leaseEnd;
		return this.attemptId;
	}

	/** Whether {@code attempt} still holds this delivery; a late one records nothing. */
	boolean isClaimedBy(UUID attempt) {
		return this.status == DeliveryStatus.SENDING && attempt.equals(this.attemptId);
	}

	/**
	 * The mail server accepted the email of {@code attempt}.
	 * @return false if the attempt no longer holds the delivery (nothing changes)
	 */
	boolean sent(UUID attempt, Instant now) {
		if (!isClaimedBy(attempt)) {
			return false;
		}
		this.attempts++;
		this.status = DeliveryStatus.SENT;
		this.deliveredAt = now;
		this.nextAttemptAt = null;
		forgetRecipient();
		return true;
	}

	/**
	 * {@code attempt} failed: try again later, or park as FAILED once the policy's
	 * attempts (its window) are used.
	 * @param error what went wrong, already free of personal data
	 * @return false if the attempt no longer holds the delivery (nothing changes)
	 */
	boolean failed(UUID attempt, String error, RetryPolicy policy, Instant now) {
		if (!isClaimedBy(attempt)) {
			return false;
		}
		this.attempts++;
		this.lastError = (error.length() <= MAX_ERROR_LENGTH) ? error : error.substring(0, MAX_ERROR_LENGTH);
		this.status = DeliveryStatus.PENDING;
		policy.nextAttempt(this.attempts, now).ifPresentOrElse((next) -> this.nextAttemptAt = next, () -> {
			this.status = DeliveryStatus.FAILED;
			this.nextAttemptAt = null;
		});
		return true;
	}

	/**
	 * The email's {@code Message-ID}, the same for every attempt, so that a letter sent
	 * again (a sender killed between sending and recording) can be recognised as a
	 * repeat. Derived from the delivery's id only.
	 */
	String messageId() {
		return "<" + this.id + "@" + MESSAGE_ID_DOMAIN + ">";
	}

	/**
	 * The post room printed and posted the letter.
	 * @throws RuleViolation unless the letter is in the print queue
	 */
	void posted(String postedBy, Instant now) {
		requireStatus(DeliveryStatus.QUEUED_FOR_POST, "marked posted");
		this.status = DeliveryStatus.SENT;
		this.deliveredAt = now;
		this.deliveredBy = postedBy;
	}

	/**
	 * The CRO tries a FAILED email again: PENDING and due now, with a fresh set of
	 * attempts. The last error stays until the next attempt replaces it.
	 * @throws RuleViolation unless the delivery is FAILED
	 */
	void redrive(Instant now) {
		requireStatus(DeliveryStatus.FAILED, "tried again");
		this.status = DeliveryStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
	}

	/** Nothing more goes out: the letter's entry is gone. A delivered letter stays so. */
	void cancel() {
		if (this.status == DeliveryStatus.SENT) {
			return;
		}
		this.status = DeliveryStatus.CANCELLED;
		this.nextAttemptAt = null;
		forgetRecipient();
	}

	private void forgetRecipient() {
		this.recipientEmail = null;
		this.emailText = null;
	}

	private void requireStatus(DeliveryStatus required, String move) {
		if (this.status != required) {
			throw new RuleViolation(RULE, "This letter's delivery is " + describe(this.status) + " and cannot be "
					+ move + "; only one that is " + describe(required) + " can");
		}
	}

	private static String describe(DeliveryStatus status) {
		return status.name().toLowerCase().replace('_', ' ');
	}

	public UUID id() {
		return this.id;
	}

	public UUID letterId() {
		return this.letterId;
	}

	public DeliveryChannel channel() {
		return this.channel;
	}

	public DeliveryStatus status() {
		return this.status;
	}

	String recipientEmail() {
		return this.recipientEmail;
	}

	String emailText() {
		return this.emailText;
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

	public String requestedBy() {
		return this.requestedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant deliveredAt() {
		return this.deliveredAt;
	}

	public String deliveredBy() {
		return this.deliveredBy;
	}

}
