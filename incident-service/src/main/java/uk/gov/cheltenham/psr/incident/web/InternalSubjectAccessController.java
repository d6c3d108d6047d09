package uk.gov.cheltenham.psr.incident.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.incident.sar.IncidentSubjectAccess;
import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.platform.security.CallingService;

/**
 * D4: the incidents of an entry for register-service's subject access request. The
 * authorization matrix admits register-service's client-credentials token only.
 */
@RestController
class InternalSubjectAccessController {

	private final IncidentSubjectAccess subjectAccess;

	InternalSubjectAccessController(IncidentSubjectAccess subjectAccess) {
		this.subjectAccess = subjectAccess;
	}

	@GetMapping("/internal/incidents/subject-access")
	@PreAuthorize("hasRole('SERVICE')")
	SubjectAccessPart subjectAccess(@RequestParam UUID entryId, @RequestParam(required = false) List<UUID> incidentIds,
			@AuthenticationPrincipal Jwt caller) {
		String service = CallingService.of(caller);
		return this.subjectAccess.disclose(entryId, (incidentIds != null) ? incidentIds : List.of(), service);
	}

}
