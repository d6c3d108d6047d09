package uk.gov.cheltenham.psr.platform.audit;

import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import uk.gov.cheltenham.psr.platform.security.Roles;

/**
 * Who acts, for an audit line: the caller's name and the roles they hold, from the
 * security context. Roles only: Spring Security 7 also grants factor authorities (e.g.
 * {@code FACTOR_BEARER}), which say how the caller signed in, not in which role.
 *
 * @param name the token subject, or {@code system} without a caller (a background job)
 * @param roles the roles without their {@code ROLE_} prefix, sorted, comma-separated
 */
public record AuditActor(String name, String roles) {

	/** The current caller, or {@code system} with no role. */
	public static AuditActor current() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || !caller.isAuthenticated()) {
			return new AuditActor("system", "");
		}
		String roles = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(Roles::roleOf)
			.filter(Objects::nonNull)
			.sorted()
			.collect(Collectors.joining(","));
		return new AuditActor(caller.getName(), roles);
	}

	/** Appends a line to {@code trail} as this actor. */
	public void record(AuditTrail trail, String action, String subjectType, String subjectId, String purpose,
			String detail) {
		trail.record(this.name, this.roles, action, subjectType, subjectId, purpose, detail);
	}

}
