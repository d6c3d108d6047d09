package uk.gov.cheltenham.psr.register.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.internalapi.EntryLetterDetails;
import uk.gov.cheltenham.psr.internalapi.EntrySharedFields;
import uk.gov.cheltenham.psr.register.internal.EntryDisclosures;
import uk.gov.cheltenham.psr.register.internal.EntryGone;
import uk.gov.cheltenham.psr.register.internal.NotAllowedRecipient;
import uk.gov.cheltenham.psr.register.internal.UnknownField;
import uk.gov.cheltenham.psr.platform.security.CallingService;

/**
 * Internal API for other services (client-credentials tokens only, ROLE_SERVICE being
 * required by the platform for {@code /internal/**}); each endpoint also checks which
 * service is calling (D2) and each answer is recorded in the read audit (D3).
 */
@RestController
@RequestMapping("/internal/entries")
class InternalEntryController {

	private final EntryDisclosures disclosures;

	InternalEntryController(EntryDisclosures disclosures) {
		this.disclosures = disclosures;
	}

	/**
	 * L1–L6: what a letter must say that only the register knows; letters-service only.
	 */
	@GetMapping("/{id}/letter-details")
	@PreAuthorize("hasRole('SERVICE')")
	EntryLetterDetails letterDetails(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		String service = allowed(EntryDisclosures.LETTERS_SERVICE, caller);
		return this.disclosures.letterDetails(id, service);
	}

	/** P1: only the fields asked for; partner-sync-service only. */
	@GetMapping("/{id}/shared-fields")
	@PreAuthorize("hasRole('SERVICE')")
	EntrySharedFields sharedFields(@PathVariable UUID id, @RequestParam List<String> fields,
			@AuthenticationPrincipal Jwt caller) {
		String service = allowed(EntryDisclosures.PARTNER_SYNC_SERVICE, caller);
		return this.disclosures.sharedFields(id, fields, service);
	}

	private static String allowed(String expected, Jwt caller) {
		String service = CallingService.of(caller);
		if (!EntryDisclosures.mayReceive(expected, service)) {
			throw new AccessDeniedException("this service may not receive these details");
		}
		return service;
	}

	@ExceptionHandler(EntryGone.class)
	ResponseEntity<ProblemDetail> gone(EntryGone ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, ex.getMessage());
		problem.setTitle("Entry purged");
		problem.setProperty("rule", "R12");
		return ResponseEntity.status(HttpStatus.GONE).body(problem);
	}

	@ExceptionHandler(UnknownField.class)
	ResponseEntity<ProblemDetail> unknownField(UnknownField ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid request");
		problem.setProperty("errors",
				List.of(Map.of("field", "fields", "message", "unknown field name '" + ex.fieldName() + "'")));
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(NotAllowedRecipient.class)
	ResponseEntity<ProblemDetail> notAllowed(NotAllowedRecipient ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage()));
	}

}
