package uk.gov.cheltenham.psr.letters.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.letters.letter.Letter;
import uk.gov.cheltenham.psr.letters.letter.LetterFacts;
import uk.gov.cheltenham.psr.letters.letter.LetterWorkflow;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;
import uk.gov.cheltenham.psr.letters.rendering.LetterRenderer;
import uk.gov.cheltenham.psr.letters.rendering.MissingTemplateValue;
import uk.gov.cheltenham.psr.letters.rendering.RenderedLetter;
import uk.gov.cheltenham.psr.letters.rendering.SampleLetterFacts;
import uk.gov.cheltenham.psr.platform.security.Roles;

/**
 * The letter workflow (L7): the CRO drafts, submits and sends; the CSSM, or the Executive
 * Director acting for the CSSM (R7), approves. Nobody else sees letters.
 */
@RestController
@RequestMapping("/api/letters")
class LetterController {

	private final LetterWorkflow workflow;

	private final LetterRenderer renderer;

	private final SampleLetterFacts sampleFacts;

	LetterController(LetterWorkflow workflow, LetterRenderer renderer, SampleLetterFacts sampleFacts) {
		this.workflow = workflow;
		this.renderer = renderer;
		this.sampleFacts = sampleFacts;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR')")
	List<LetterView> forEntry(@RequestParam UUID entryId) {
		return this.workflow.forEntry(entryId).stream().map(LetterView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR')")
	LetterView one(@PathVariable UUID id) {
		return LetterView.of(this.workflow.find(id));
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('CRO')")
	LetterView submit(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return LetterView.of(this.workflow.submitForApproval(id, caller.getSubject()));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAnyRole('CSSM', 'EXECUTIVE_DIRECTOR')")
	LetterView approve(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return LetterView.of(this.workflow.approve(id, caller.getSubject(), signatoryRole(caller)));
	}

	/**
	 * Records that the letter was sent and publishes {@code LetterSent}. Nothing is
	 * delivered yet: rendering the PDF, email delivery and the print queue come with a
	 * later issue, which will call this same workflow step once delivery succeeds.
	 */
	@PostMapping("/{id}/send")
	@PreAuthorize("hasRole('CRO')")
	LetterView send(@PathVariable UUID id, @Valid @RequestBody SendRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return LetterView.of(this.workflow.markSent(id, request.channel(), caller.getSubject()));
	}

	/**
	 * The letter's wording as a PDF, filled with invented sample facts: the real facts
	 * are not kept here (a later issue reads them from register-service's internal API).
	 */
	@GetMapping("/{id}/preview")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	ResponseEntity<byte[]> previewWording(@PathVariable UUID id) {
		return pdf(this.renderer.render(this.workflow.find(id).letterType(), this.sampleFacts.facts()));
	}

	/**
	 * Renders the letter as a PDF from facts the CRO supplies, to check it before it is
	 * sent. Nothing is stored. The facts come in the body for now; a later issue reads
	 * them from register-service's internal API instead.
	 */
	@PostMapping("/{id}/preview")
	@PreAuthorize("hasRole('CRO')")
	ResponseEntity<byte[]> preview(@PathVariable UUID id, @RequestBody LetterFacts facts) {
		Letter letter = this.workflow.find(id);
		return pdf(this.renderer.render(letter.letterType(), facts));
	}

	private static ResponseEntity<byte[]> pdf(RenderedLetter rendered) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("X-Template-Version", rendered.templateVersion())
			.body(rendered.pdf());
	}

	/** The facts given do not fill the letter's template: named, so they can be added. */
	@ExceptionHandler(MissingTemplateValue.class)
	ProblemDetail missingTemplateValue(MissingTemplateValue failure) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				failure.getMessage());
		problem.setTitle("The letter is missing values");
		problem.setProperty("missingValues", failure.missingValues());
		return problem;
	}

	/**
	 * The role the caller approves in: the CSSM's own where held, else the Executive
	 * Director's. The letter itself refuses anyone else.
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
