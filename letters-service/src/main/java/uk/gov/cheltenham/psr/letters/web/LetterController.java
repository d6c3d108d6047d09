package uk.gov.cheltenham.psr.letters.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.letters.delivery.LetterDispatch;
import uk.gov.cheltenham.psr.letters.letter.Letter;
import uk.gov.cheltenham.psr.letters.letter.LetterWorkflow;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;
import uk.gov.cheltenham.psr.letters.rendering.MissingTemplateValue;
import uk.gov.cheltenham.psr.platform.client.RecordGone;
import uk.gov.cheltenham.psr.platform.client.ServiceUnavailable;
import uk.gov.cheltenham.psr.platform.security.Roles;

/**
 * The letter workflow (L7): the CRO drafts, submits and sends; the signatory the register
 * names, the CSSM or the Executive Director acting for the CSSM (R7), approves. Nobody
 * else sees letters. The customer's details are read from the register for each preview
 * and at sending, never stored apart from the PDF that was sent.
 */
@RestController
@RequestMapping("/api/letters")
class LetterController {

	private final LetterWorkflow workflow;

	private final LetterDispatch dispatch;

	LetterController(LetterWorkflow workflow, LetterDispatch dispatch) {
		this.workflow = workflow;
		this.dispatch = dispatch;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR')")
	List<LetterView> forEntry(@RequestParam UUID entryId) {
		return this.workflow.forEntry(entryId).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR')")
	LetterView one(@PathVariable UUID id) {
		return view(this.workflow.find(id));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('CRO')")
	LetterView submit(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return view(this.workflow.submitForApproval(id, caller.getSubject()));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAnyRole('CSSM', 'EXECUTIVE_DIRECTOR')")
	LetterView approve(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return view(this.dispatch.approve(id, caller.getSubject(), signatoryRole(caller)));
	}

	/**
	 * Renders the letter from the register's facts, keeps the PDF and hands it over for
	 * delivery: email when the register has an address, else the print queue. Delivery
	 * happens in the background; {@code LetterSent} is published once it succeeded.
	 */
	@PostMapping("/{id}/send")
	@PreAuthorize("hasRole('CRO')")
	@ResponseStatus(HttpStatus.ACCEPTED)
	LetterView send(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return view(this.dispatch.send(id, caller.getSubject()));
	}

	/** Tries a letter email that FAILED again, with a fresh set of attempts. */
	@PostMapping("/{id}/redeliver")
	@PreAuthorize("hasRole('CRO')")
	@ResponseStatus(HttpStatus.ACCEPTED)
	LetterView redeliver(@PathVariable UUID id) {
		this.dispatch.redeliver(id);
		return one(id);
	}

	/**
	 * The letter as it would be sent today, from the register's facts. Nothing is stored.
	 */
	@GetMapping("/{id}/preview")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR')")
	ResponseEntity<byte[]> preview(@PathVariable UUID id) {
		return PdfResponses.rendered(this.dispatch.preview(id));
	}

	/** The PDF kept since the letter was sent (L7), checked against its checksum. */
	@GetMapping("/{id}/pdf")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR')")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return PdfResponses.stored(this.dispatch.document(id));
	}

	private LetterView view(Letter letter) {
		return LetterView.of(letter, this.dispatch.delivery(letter.id()));
	}

	/**
	 * The register's facts do not fill the letter's template: named, so they can be
	 * added.
	 */
	@ExceptionHandler(MissingTemplateValue.class)
	ProblemDetail missingTemplateValue(MissingTemplateValue failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				failure.getMessage());
		problem.setTitle("The letter is missing values");
		problem.setProperty("missingValues", failure.missingValues());
		return problem;
	}

	/** The register deleted the entry for good (R12): the letter was cancelled. */
	@ExceptionHandler(RecordGone.class)
	ProblemDetail entryGone(RecordGone gone) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
				gone.getMessage() + "; the letter was cancelled");
		problem.setTitle("Gone");
		return problem;
	}

	/** The register cannot answer now: nothing was changed; try again shortly. */
	@ExceptionHandler(ServiceUnavailable.class)
	ResponseEntity<ProblemDetail> registerUnavailable(ServiceUnavailable unavailable) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The register cannot give the letter's details just now; nothing was changed. Try again shortly.");
		problem.setTitle("Register unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(problem);
	}

	/**
	 * The role the caller approves in: the CSSM's own where held, else the Executive
	 * Director's. The letter itself refuses anyone but its signatory.
	 */
	private static StaffRole signatoryRole(Jwt caller) {
		List<String> roles = caller.getClaimAsStringList("roles");
		if (roles != null && roles.contains(Roles.CSSM)) {
			return StaffRole.CSSM;
		}
		if (roles != null && roles.contains(Roles.EXECUTIVE_DIRECTOR)) {
			return StaffRole.EXECUTIVE_DIRECTOR;
		}
		return StaffRole.CRO;
	}

}
