package uk.gov.cheltenham.psr.partnersync.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.internalapi.SubjectAccessPart;
import uk.gov.cheltenham.psr.partnersync.sar.DisclosureSubjectAccess;
import uk.gov.cheltenham.psr.platform.security.CallingService;

/**
 * D4: an entry's disclosures and receipts for register-service's subject access request.
 * The authorization matrix admits register-service's client-credentials token only.
 */
@RestController
class InternalSubjectAccessController {

	private final DisclosureSubjectAccess subjectAccess;

	InternalSubjectAccessController(DisclosureSubjectAccess subjectAccess) {
		this.subjectAccess = subjectAccess;
	}

	@GetMapping("/internal/disclosures/subject-access")
	@PreAuthorize("hasRole('SERVICE')")
	SubjectAccessPart subjectAccess(@RequestParam UUID entryId, @RequestParam(required = false) List<UUID> receiptIds,
			@AuthenticationPrincipal Jwt caller) {
		String service = CallingService.of(caller);
		return this.subjectAccess.disclose(entryId, (receiptIds != null) ? receiptIds : List.of(), service);
	}

}
