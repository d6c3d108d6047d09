package uk.gov.cheltenham.psr.register.restriction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * The check, before any restriction, of whether the customer has a current formal
 * complaint or has completed the complaints process (R6, §4.5), with who checked and
 * when. An open complaint may mean a genuine problem with the service, so how it was
 * considered is recorded too.
 */
@Embeddable
public record ComplaintCheck(@Enumerated(EnumType.STRING) @Column(name = "complaint_status") ComplaintStatus status,
		@Column(name = "complaint_consideration") String consideration,
		@Column(name = "complaint_checked_by") String checkedBy,
		@Column(name = "complaint_checked_at") Instant checkedAt) {

	private static final String RULE = "R6";

	/**
	 * Records the answer.
	 * @throws RuleViolation naming R6 when the answer is missing, or a current complaint
	 * comes without how it was considered
	 */
	public static ComplaintCheck record(ComplaintStatus status, String consideration, String checkedBy,
			Instant checkedAt) {
		if (status == null) {
			throw new RuleViolation(RULE, "The complaint check needs its answer");
		}
		if (status == ComplaintStatus.CURRENT_COMPLAINT && (consideration == null || consideration.isBlank())) {
			throw new RuleViolation(RULE,
					"With a current formal complaint, record how it was considered before restrictions");
		}
		return new ComplaintCheck(status, consideration, checkedBy, checkedAt);
	}

}
