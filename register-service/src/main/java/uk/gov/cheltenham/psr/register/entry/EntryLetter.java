package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A letter this entry owes the customer (R8): requested from letters-service, held while
 * notice is withheld, or sent (as letters-service reports). The request id is fixed when
 * the letter is first owed, so a held letter is requested under the same id.
 */
@Embeddable
public record EntryLetter(@Column(name = "request_id") UUID requestId,
		@Enumerated(EnumType.STRING) @Column(name = "kind") EntryEvents.LetterKind kind,
		@Enumerated(EnumType.STRING) @Column(name = "status") Status status, @Column(name = "owed_on") LocalDate owedOn,
		@Column(name = "requested_on") LocalDate requestedOn, @Column(name = "sent_on") LocalDate sentOn) {

	/** The customer is told within one month (UK GDPR art. 14(3)(a)). */
	public static final Period NOTICE_PERIOD = Period.ofMonths(1);

	public enum Status {

		REQUESTED, HELD,
		/** The customer was told: a withholding decided later cannot undo it. */
		SENT

	}

	static EntryLetter requested(EntryEvents.LetterKind kind, LocalDate today) {
		return new EntryLetter(UUID.randomUUID(), kind, Status.REQUESTED, today, today, null);
	}

	static EntryLetter held(EntryEvents.LetterKind kind, LocalDate today) {
		return new EntryLetter(UUID.randomUUID(), kind, Status.HELD, today, null, null);
	}

	EntryLetter requestedOn(LocalDate today) {
		return new EntryLetter(this.requestId, this.kind, Status.REQUESTED, this.owedOn, today, null);
	}

	/**
	 * Held after it was requested: it keeps its id and the day it was first requested.
	 */
	EntryLetter heldAfterRequest() {
		return new EntryLetter(this.requestId, this.kind, Status.HELD, this.owedOn, this.requestedOn, null);
	}

	EntryLetter sentOn(LocalDate day) {
		return new EntryLetter(this.requestId, this.kind, Status.SENT, this.owedOn, this.requestedOn, day);
	}

	/**
	 * Whether letters-service may be sending this letter: it was requested and is not yet
	 * known to be sent (held after the request included, as it may have gone out first).
	 */
	boolean mayBeSending() {
		return this.status != Status.SENT && this.requestedOn != null;
	}

	/** The date by which the customer should be told, unless notice is withheld. */
	public LocalDate informBy() {
		return this.owedOn.plus(NOTICE_PERIOD);
	}

}
