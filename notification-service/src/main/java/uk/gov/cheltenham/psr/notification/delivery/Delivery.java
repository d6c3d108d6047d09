package uk.gov.cheltenham.psr.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.gov.cheltenham.psr.notification.subscription.TeamSubscription;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * The intent to send one notice through one channel, and what became of it: either to
 * tell one subscription about one marker event (M3), or to email one reminder to a role's
 * mailbox (M4, with the reminder's id and its text). Either way: PENDING until the mail
 * server or the team's webhook accepts it (SENT) or the bounded attempts run out (FAILED,
 * parked until a CRO re-drives it); SENDING while an attempt holds it, so that what was
 * sent is recorded even if the database is away at that moment. The last error is kept
 * without personal data (D1).
 */
@Entity
@Table(name = "notification_delivery")
public class Delivery {

	static final int MAX_ERROR_LENGTH = 500;

	/** The right-hand side of every notice's {@code Message-ID}; names no one. */
	static final String MESSAGE_ID_DOMAIN = "notification.psr.cheltenham.gov.uk";

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID eventId;

	private UUID subscriptionId;

	private UUID entryId;

	private String team;

	private String customerReference;

	@Enumerated(EnumType.STRING)
	@Column(name = "marker_change")
	private MarkerChange change;

	private String recipient;

	@Enumerated(EnumType.STRING)
	private DeliveryChannel channel;

	@Enumerated(EnumType.STRING)
	private DeliveryStatus status;

	private int attempts;

	/** The attempt that holds the delivery while SENDING. */
	private UUID attemptId;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant occurredAt;

	private Instant createdAt;

	private Instant sentAt;

	private UUID reminderId;

	private String subject;

	private String body;

	protected Delivery() {
		// for JPA
	}

	private Delivery(MarkerChanged event, TeamSubscription subscription, DeliveryChannel channel, Instant now) {
		this.id = UUID.randomUUID();
		this.eventId = event.eventId();
		this.subscriptionId = subscription.id();
		this.entryId = event.entryId();
		this.team = subscription.team();
		this.customerReference = event.reference();
		this.change = event.change();
		this.channel = channel;
		// the mailbox or webhook in force when the event happened
		this.recipient = (channel == DeliveryChannel.WEBHOOK) ? subscription.webhookUrl() : subscription.email();
		this.status = DeliveryStatus.PENDING;
		this.occurredAt = event.occurredAt();
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	/**
	 * Intends to tell {@code subscription} about {@code event} through {@code channel}.
	 * @throws IllegalArgumentException if the subscription is for another team, inactive,
	 * or has no webhook to call
	 */
	public static Delivery intend(MarkerChanged event, TeamSubscription subscription, DeliveryChannel channel,
			Instant now) {
		if (!subscription.isActive()) {
			throw new IllegalArgumentException("Subscription " + subscription.id() + " is not active");
		}
		if (!subscription.team().equals(TeamSubscription.normaliseTeam(event.team()))) {
			throw new IllegalArgumentException("Subscription " + subscription.id() + " is not for this team");
		}
		if (channel == DeliveryChannel.WEBHOOK && subscription.webhookUrl() == null) {
			throw new IllegalArgumentException("Subscription " + subscription.id() + " has no webhook");
		}
		return new Delivery(event, subscription, channel, now);
	}

	/**
	 * Intends to email a reminder (M4) to a role's mailbox; the reminder's text was built
	 * from ids and dates only.
	 * @param entryId the entry it concerns, if any, so that purging the entry deletes it
	 */
	public static Delivery intendReminder(UUID reminderId, UUID entryId, String mailbox, TeamNotice text, Instant now) {
		Delivery delivery = new Delivery();
		delivery.id = UUID.randomUUID();
		delivery.reminderId = reminderId;
		delivery.entryId = entryId;
		delivery.recipient = mailbox;
		delivery.subject = text.subject();
		delivery.body = text.body();
		delivery.channel = DeliveryChannel.EMAIL;
		delivery.status = DeliveryStatus.PENDING;
		delivery.occurredAt = now;
		delivery.createdAt = now;
		delivery.nextAttemptAt = now;
		return delivery;
	}

	/**
	 * The text to send: for a marker, the team's reference and nothing personal (M1, D1);
	 * for a reminder, its text.
	 */
	public TeamNotice notice() {
		if (isReminder()) {
			return new TeamNotice(this.subject, this.body);
		}
		return TeamNotice.of(this.change, this.team, this.customerReference);
	}

	public boolean isReminder() {
		return this.reminderId != null;
	}

	/** The webhook body: the same reference, the change as a code, no personal data. */
	public WebhookNotice webhookNotice() {
		if (isReminder()) {
			throw new IllegalStateException("Reminder " + this.reminderId + " goes by email only");
		}
		return new WebhookNotice(
				(this.change == MarkerChange.ADDED) ? WebhookNotice.MARKER_SET : WebhookNotice.MARKER_WITHDRAWN,
				this.team, this.customerReference, this.occurredAt.toString(), this.id);
	}

	/** PENDING and past its backoff, or SENDING under a claim whose lease ran out. */
	public boolean isDue(Instant now) {
		return (this.status == DeliveryStatus.PENDING || this.status == DeliveryStatus.SENDING)
				&& !this.nextAttemptAt.isAfter(now);
	}

	/**
	 * Claims the delivery for one attempt, committed before anything is sent: SENDING
	 * under a new attempt id, and due again (to be sent again, with the same
	 * {@link #messageId()}) only if the attempt is not recorded by {@code leaseEnd}.
	 * @return the attempt id that records the outcome
	 * @throws IllegalStateException unless the delivery is due
	 */
	public UUID claim(Instant now, Instant leaseEnd) {
		if (!isDue(now)) {
			throw new IllegalStateException("Delivery " + this.id + " is " + this.status + " and not due");
		}
		this.status = DeliveryStatus.SENDING;
		this.attemptId = UUID.randomUUID();
		this.nextAttemptAt = leaseEnd;
		return this.attemptId;
	}

	/** Whether {@code attempt} still holds this delivery; a late one records nothing. */
	public boolean isClaimedBy(UUID attempt) {
		return this.status == DeliveryStatus.SENDING && attempt.equals(this.attemptId);
	}

	/**
	 * The mail server or the webhook accepted the notice of {@code attempt}.
	 * @return false if the attempt no longer holds the delivery (nothing changes)
	 */
	public boolean sent(UUID attempt, Instant now) {
		if (!isClaimedBy(attempt)) {
			return false;
		}
		this.attempts++;
		this.status = DeliveryStatus.SENT;
		this.sentAt = now;
		this.nextAttemptAt = null;
		return true;
	}

	/**
	 * {@code attempt} failed: try again later, or FAILED once the policy's attempts (its
	 * window) are used.
	 * @param error what went wrong, already free of personal data
	 * @return false if the attempt no longer holds the delivery (nothing changes)
	 */
	public boolean failed(UUID attempt, String error, RetryPolicy policy, Instant now) {
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
	 * The email's {@code Message-ID}, the same for every attempt, so that a notice sent
	 * again (a sender killed between sending and recording) can be recognised as a
	 * repeat. Derived from the delivery's id only.
	 */
	public String messageId() {
		return "<" + this.id + "@" + MESSAGE_ID_DOMAIN + ">";
	}

	/**
	 * Nothing is sent any more: the subscription was removed. A delivery being sent is
	 * cancelled by its sender when it finds the subscription gone at its next claim.
	 */
	public void cancel() {
		if (this.status != DeliveryStatus.PENDING && this.status != DeliveryStatus.SENDING) {
			throw new IllegalStateException("Delivery " + this.id + " is " + this.status + " and cannot be cancelled");
		}
		this.status = DeliveryStatus.CANCELLED;
		this.nextAttemptAt = null;
	}

	/**
	 * A CRO sends a parked delivery again: PENDING and due now, with a fresh set of
	 * attempts. The last error stays until the next attempt replaces it.
	 * @throws IllegalStateException unless the delivery is FAILED
	 */
	public void redrive(Instant now) {
		if (this.status != DeliveryStatus.FAILED) {
			throw new IllegalStateException(
					"Delivery " + this.id + " is " + this.status + " and cannot be re-driven; only FAILED can");
		}
		this.status = DeliveryStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID eventId() {
		return this.eventId;
	}

	public UUID subscriptionId() {
		return this.subscriptionId;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public String team() {
		return this.team;
	}

	public MarkerChange change() {
		return this.change;
	}

	public DeliveryChannel channel() {
		return this.channel;
	}

	public String recipient() {
		return this.recipient;
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

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

	/** The reminder this delivery sends, or null for a marker notification. */
	public UUID reminderId() {
		return this.reminderId;
	}

}
