package uk.gov.cheltenham.psr.register.notice;

import java.time.LocalDate;
import java.time.Period;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * A recorded decision to withhold notice from the customer for now (R8): why, who
 * decided, and when it is re-checked.
 */
@Embeddable
public record NoticeWithholding(@Column(name = "notice_withheld_reason") String reason,
		@Column(name = "notice_recheck_on") LocalDate recheckOn, @Column(name = "notice_withheld_by") String decidedBy,
		@Column(name = "notice_withheld_on") LocalDate decidedOn) {

	/**
	 * The furthest a re-check may be set. Article 14 gives one month to tell the
	 * customer; withholding is the exception to that, so it is justified afresh at least
	 * as often.
	 */
	public static final Period MAX_UNTIL_RECHECK = Period.ofMonths(1);

	private static final String RULE = "R8";

	/**
	 * Records a decision to withhold notice until the re-check.
	 * @throws RuleViolation naming R8 without a reason, or with a re-check date not in
	 * the coming month
	 */
	public static NoticeWithholding decide(String reason, LocalDate recheckOn, String decidedBy, LocalDate today) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation(RULE, "Withholding notice needs a recorded reason");
		}
		if (recheckOn == null || !recheckOn.isAfter(today)) {
			throw new RuleViolation(RULE, "Withholding notice needs a re-check date after today");
		}
		if (recheckOn.isAfter(today.plus(MAX_UNTIL_RECHECK))) {
			throw new RuleViolation(RULE, "Withheld notice is re-checked within " + MAX_UNTIL_RECHECK + ", by "
					+ today.plus(MAX_UNTIL_RECHECK));
		}
		return new NoticeWithholding(reason, recheckOn, decidedBy, today);
	}

	/** Whether the re-check date has come without a re-decision. */
	public boolean recheckDueOn(LocalDate today) {
		return !today.isBefore(this.recheckOn);
	}

}
