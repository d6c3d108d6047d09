package uk.gov.cheltenham.psr.register.web;

import java.util.List;

import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, as the audit records it. */
final class Callers {

	private Callers() {
	}

	/** The caller's roles, comma separated, as the read audit records them. */
	static String roles(Jwt caller) {
		List<String> roles = caller.getClaimAsStringList("roles");
		return (roles != null) ? String.join(",", roles) : "";
	}

}
