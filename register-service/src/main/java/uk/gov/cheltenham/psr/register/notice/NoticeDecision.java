package uk.gov.cheltenham.psr.register.notice;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One recorded decision about notice (R8), kept with the entry: the history of why the
 * customer was or was not told.
 */
@Embeddable
public record NoticeDecision(@Enumerated(EnumType.STRING) @Column(name = "decision") Kind decision,
		@Column(name = "reason") String reason, @Column(name = "recheck_on") LocalDate recheckOn,
		@Column(name = "decided_by") String decidedBy, @Column(name = "decided_on") LocalDate decidedOn) {

	public enum Kind {

		/** Notice withheld until the re-check. */
		WITHHELD,
		/** Re-checked: still withheld until the next re-check. */
		STILL_WITHHELD,
		/** Re-checked: the customer is told; held letters are requested. */
		INFORMED,
		/**
		 * The re-check date passed without a re-decision: held letters were requested.
		 */
		LAPSED

	}

}
