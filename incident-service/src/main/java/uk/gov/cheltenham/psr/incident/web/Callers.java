package uk.gov.cheltenham.psr.incident.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

import uk.gov.cheltenham.psr.incident.report.Incident;

/** The caller as the incident's record-level rule needs it; one place for the check. */
final class Callers {

	private Callers() {
	}

	static boolean isManager(Jwt caller) {
		List<String> roles = caller.getClaimAsStringList("roles");
		return roles != null && roles.contains("MANAGER");
	}

	/**
	 * @throws AccessDeniedException unless the incident is open to the caller
	 */
	static Incident requireOpenTo(Incident incident, Jwt caller) {
		if (!incident.isOpenTo(caller.getSubject(), isManager(caller))) {
			throw new AccessDeniedException("not open to this caller");
		}
		return incident;
	}

}
