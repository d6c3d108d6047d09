package uk.gov.cheltenham.psr.register.restriction;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * The reasonable-adjustments and vulnerability answer (R5, §2.3), given before any
 * restriction applies: whether the customer's protected characteristics, disability or
 * vulnerability (mental health, memory, dementia) bear on how they can be restricted, and
 * if so which adjustments are made.
 */
@Embeddable
public record ReasonableAdjustments(@Column(name = "adjustment_needs_identified") boolean needsIdentified,
		@Column(name = "adjustments") String adjustments, @Column(name = "adjustments_by") String assessedBy,
		@Column(name = "adjustments_at") Instant assessedAt) {

	private static final String RULE = "R5";

	/**
	 * Records the answer.
	 * @throws RuleViolation naming R5 when needs are identified without the adjustments
	 */
	public static ReasonableAdjustments record(boolean needsIdentified, String adjustments, String assessedBy,
			Instant assessedAt) {
		if (needsIdentified && (adjustments == null || adjustments.isBlank())) {
			throw new RuleViolation(RULE, "Needs were identified: record the adjustments made for them");
		}
		return new ReasonableAdjustments(needsIdentified, adjustments, assessedBy, assessedAt);
	}

}
