package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A letter this entry owes the customer (R8): requested from letters-service, or held
 * while notice is withheld. The request id is fixed when the letter is first owed, so a
 * held letter is requested under the same id.
 */
@Embeddable
public record EntryLetter(@Column(name = "request_id") UUID requestId,
		@Enumerated(EnumType.STRING) @Column(name = "kind") EntryEvents.LetterKind kind,
		@Enumerated(EnumType.STRING) @Column(name = "status") Status status, @Column(name = "owed_on") LocalDate owedOn,
		@Column(name = "requested_on") LocalDate requestedOn) {

	/** The customer is told within one month (UK GDPR art. 14(3)(a)). */
	public static final Period NOTICE_PERIOD = Period.ofMonths(1);

	public enum Status {

		REQUESTED, HELD

	}

	static EntryLetter requested(EntryEvents.LetterKind kind, LocalDate today) {
		return new EntryLetter(UUID.randomUUID(), kind, Status.REQUESTED, today, today);
	}

	static EntryLetter held(EntryEvents.LetterKind kind, LocalDate today) {
		return new EntryLetter(UUID.randomUUID(), kind, Status.HELD, today, null);
	}

	EntryLetter requestedOn(LocalDate today) {
		return new EntryLetter(this.requestId, this.kind, Status.REQUESTED, this.owedOn, today);
	}

	/** The date by which the customer should be told, unless notice is withheld. */
	public LocalDate informBy() {
		return this.owedOn.plus(NOTICE_PERIOD);
	}

}
