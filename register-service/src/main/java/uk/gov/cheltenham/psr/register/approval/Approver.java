package uk.gov.cheltenham.psr.register.approval;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;
import uk.gov.cheltenham.psr.platform.security.Roles;

/**
 * Who approves a complex or sensitive entry, in which role, and — for the Executive
 * Director — why they stand in for the CSSM (R7).
 *
 * @param subject the approver's identity
 * @param role the role they act in: {@code CSSM} or {@code EXECUTIVE_DIRECTOR}
 * @param standInReason why the Executive Director acts; {@code null} for the CSSM
 * @param note optional detail of the stand-in
 */
public record Approver(String subject, String role, StandInReason standInReason, String note) {

	private static final String RULE = "R7";

	/**
	 * Refuses an approver who may not approve this entry.
	 * @param cssmIsTarget whether the CSSM is recorded as the target of the behaviour
	 * @throws RuleViolation naming R7
	 */
	public void requireMayApprove(boolean cssmIsTarget) {
		if (Roles.CSSM.equals(this.role)) {
			if (this.standInReason != null) {
				throw new RuleViolation(RULE, "Only the Executive Director stands in for the CSSM");
			}
			if (cssmIsTarget) {
				throw new RuleViolation(RULE,
						"The CSSM is the target in this case: the Executive Director approves instead");
			}
		}
		else if (Roles.EXECUTIVE_DIRECTOR.equals(this.role)) {
			if (this.standInReason == null) {
				throw new RuleViolation(RULE, "The Executive Director approves only when standing in for the CSSM, "
						+ "with the reason (CSSM_ABSENT or CSSM_IS_TARGET) recorded");
			}
		}
		else {
			throw new RuleViolation(RULE,
					"Only the CSSM, or the Executive Director standing in, approves a complex or sensitive entry");
		}
	}

}
