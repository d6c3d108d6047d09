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

	/** How Spring Security names a role among the caller's authorities. */
	private static final String AUTHORITY_PREFIX = "ROLE_";

	private Roles() {
	}

	/** The authority granting {@code role}: {@code CRO} is {@code ROLE_CRO}. */
	public static String authority(String role) {
		return AUTHORITY_PREFIX + role;
	}

	/**
	 * The role an authority grants, or null for one that is not a role (Spring Security 7
	 * also grants factor authorities, e.g. {@code FACTOR_BEARER}, which say how the
	 * caller signed in).
	 */
	public static String roleOf(String authority) {
		return (authority != null && authority.startsWith(AUTHORITY_PREFIX))
				? authority.substring(AUTHORITY_PREFIX.length()) : null;
	}

}
