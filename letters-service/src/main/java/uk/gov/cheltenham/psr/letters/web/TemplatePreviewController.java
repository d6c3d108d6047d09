package uk.gov.cheltenham.psr.letters.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.letters.letter.LetterType;
import uk.gov.cheltenham.psr.letters.rendering.LetterRenderer;
import uk.gov.cheltenham.psr.letters.rendering.StandardWording;
import uk.gov.cheltenham.psr.letters.rendering.TemplatePreviewFacts;

/**
 * For the CSSM as the owner of the letters' wording (and the Executive Director acting
 * for the CSSM): a template rendered with invented sample facts, to read its wording
 * before any real letter uses it. Not a letter to anyone: the answer says so in the
 * {@value #PREVIEW_HEADER} header.
 */
@RestController
class TemplatePreviewController {

	static final String PREVIEW_HEADER = "X-Letter-Preview";

	private final LetterRenderer renderer;

	private final StandardWording standardWording;

	private final TemplatePreviewFacts sampleFacts;

	TemplatePreviewController(LetterRenderer renderer, StandardWording standardWording,
			TemplatePreviewFacts sampleFacts) {
		this.renderer = renderer;
		this.standardWording = standardWording;
		this.sampleFacts = sampleFacts;
	}

	@GetMapping("/api/letter-templates/{letterType}/preview")
	@PreAuthorize("hasAnyRole('CSSM', 'EXECUTIVE_DIRECTOR')")
	ResponseEntity<byte[]> preview(@PathVariable LetterType letterType) {
		ResponseEntity<byte[]> pdf = PdfResponses
			.rendered(this.renderer.render(letterType, this.standardWording.addTo(this.sampleFacts.facts())));
		return ResponseEntity.status(pdf.getStatusCode())
			.headers(pdf.getHeaders())
			.header(PREVIEW_HEADER, "template with invented sample facts")
			.body(pdf.getBody());
	}

}
