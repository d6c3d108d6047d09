package uk.gov.cheltenham.psr.letters.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.letters.sar.LetterSubjectAccess;
import uk.gov.cheltenham.psr.platform.security.CallingService;

/**
 * D4: an entry's letters and their PDFs for register-service's subject access request.
 * The authorization matrix admits register-service's client-credentials token only.
 */
@RestController
class InternalSubjectAccessController {

	private final LetterSubjectAccess subjectAccess;

	InternalSubjectAccessController(LetterSubjectAccess subjectAccess) {
		this.subjectAccess = subjectAccess;
	}

	@GetMapping("/internal/letters/subject-access")
	@PreAuthorize("hasRole('SERVICE')")
	SubjectAccessPart subjectAccess(@RequestParam UUID entryId, @AuthenticationPrincipal Jwt caller) {
		String service = CallingService.of(caller);
		return this.subjectAccess.disclose(entryId, service);
	}

}
