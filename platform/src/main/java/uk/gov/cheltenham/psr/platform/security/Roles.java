package uk.gov.cheltenham.psr.platform.security;

/** The roles of DOMAIN.md, as they appear in the token's {@code roles} claim. */
public final class Roles {

	public static final String REPRESENTATIVE = "REPRESENTATIVE";

	public static final String MANAGER = "MANAGER";

	public static final String CRO = "CRO";

	public static final String CSSM = "CSSM";

	public static final String EXECUTIVE_DIRECTOR = "EXECUTIVE_DIRECTOR";

	public static final String CHIEF_EXECUTIVE = "CHIEF_EXECUTIVE";

	public static final String GOVERNANCE = "GOVERNANCE";

	public static final String DEMOCRATIC_SERVICES = "DEMOCRATIC_SERVICES";

	public static final String CBH_PARTNER = "CBH_PARTNER";

	public static final String TEAM_SYSTEM = "TEAM_SYSTEM";

	/** A PSR service calling another's internal API with a client-credentials token. */
	public static final String SERVICE = "SERVICE";

	private Roles() {
	}

}
