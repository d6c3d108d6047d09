package uk.gov.cheltenham.psr.register.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

/**
 * A customer record to fetch for an entry (R2): written in the transaction that opens or
 * links the entry, fetched afterwards with bounded retries and backoff. Its status is
 * visible to the CRO; a fetch that cannot succeed ends in a state the CRO is told of.
 */
@Entity
@Table(name = "customer_fetch")
public class CustomerFetch extends AbstractAggregateRoot<CustomerFetch> {

	/**
	 * Attempts before the fetch gives up and the CRO is asked to look (about 4 hours).
	 */
	public static final int MAX_ATTEMPTS = 10;

	static final RetryPolicy RETRIES = new RetryPolicy(MAX_ATTEMPTS, Duration.ofSeconds(30), Duration.ofHours(1));

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID entryId;

	private UUID incidentId;

	@Enumerated(EnumType.STRING)
	private FetchCause cause;

	private UUID causeId;

	@Enumerated(EnumType.STRING)
	private FetchStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastFailure;

	private Instant requestedAt;

	private Instant finishedAt;

	protected CustomerFetch() {
		// for JPA
	}

	/**
	 * A fetch of the customer of {@code incidentId} for {@code entryId}, due now.
	 * @param causeId the incident or update that asked for it; one fetch per cause
	 */
	public static CustomerFetch request(UUID entryId, UUID incidentId, FetchCause cause, UUID causeId, Instant now) {
		CustomerFetch fetch = new CustomerFetch();
		fetch.id = UUID.randomUUID();
		fetch.entryId = entryId;
		fetch.incidentId = incidentId;
		fetch.cause = cause;
		fetch.causeId = causeId;
		fetch.status = FetchStatus.PENDING;
		fetch.requestedAt = now;
		fetch.nextAttemptAt = now;
		fetch.registerEvent(new Requested(fetch.id));
		return fetch;
	}

	public boolean isDue(Instant now) {
		return this.status == FetchStatus.PENDING && !now.isBefore(this.nextAttemptAt);
	}

	public void fetched(Instant now) {
		finish(FetchStatus.FETCHED, now);
	}

	/** The source does not know the incident: retrying will not help (R2). */
	public void notKnown(Instant now) {
		finish(FetchStatus.NOT_FOUND, now);
	}

	/** The incident was deleted for good (R12). */
	public void gone(Instant now) {
		finish(FetchStatus.GONE, now);
	}

	/**
	 * The source could not answer: try again after a backoff that doubles from 30 seconds
	 * up to an hour, and give up after {@link #MAX_ATTEMPTS}.
	 * @param failure the failure's class name, never its message
	 */
	public void failedFor(String failure, Instant now) {
		requirePending();
		this.attempts++;
		this.lastFailure = failure;
		if (this.attempts >= MAX_ATTEMPTS) {
			this.status = FetchStatus.GAVE_UP;
			this.finishedAt = now;
			this.nextAttemptAt = null;
		}
		else {
			this.nextAttemptAt = now.plus(RETRIES.backoffAfter(this.attempts));
		}
	}

	private void finish(FetchStatus outcome, Instant now) {
		requirePending();
		this.attempts++;
		this.status = outcome;
		this.finishedAt = now;
		this.nextAttemptAt = null;
	}

	private void requirePending() {
		if (this.status != FetchStatus.PENDING) {
			throw new RuleViolation("R2", "This customer fetch has already ended: " + this.status);
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public UUID incidentId() {
		return this.incidentId;
	}

	public FetchCause cause() {
		return this.cause;
	}

	public UUID causeId() {
		return this.causeId;
	}

	public FetchStatus status() {
		return this.status;
	}

	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String lastFailure() {
		return this.lastFailure;
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public Instant finishedAt() {
		return this.finishedAt;
	}

	public enum FetchStatus {

		PENDING, FETCHED, NOT_FOUND, GONE, GAVE_UP

	}

	/** A fetch was requested; the worker is woken once it is committed. */
	public record Requested(UUID fetchId) {
	}

}
