package uk.gov.cheltenham.psr.register.appeal;

import uk.gov.cheltenham.psr.platform.security.Roles;

/**
 * Who decides an appeal (R11, policy §3.4): the Executive Director of People and Change;
 * the Chief Executive where the CSSM was the target or absent, because the Executive
 * Director then acted as the CSSM.
 */
public enum AppealDecider {

	EXECUTIVE_DIRECTOR(Roles.EXECUTIVE_DIRECTOR), CHIEF_EXECUTIVE(Roles.CHIEF_EXECUTIVE);

	private final String role;

	AppealDecider(String role) {
		this.role = role;
	}

	public String role() {
		return this.role;
	}

	static AppealDecider forCase(boolean cssmTargetOrAbsent) {
		return cssmTargetOrAbsent ? CHIEF_EXECUTIVE : EXECUTIVE_DIRECTOR;
	}

}
