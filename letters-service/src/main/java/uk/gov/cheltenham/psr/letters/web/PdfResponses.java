package uk.gov.cheltenham.psr.letters.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.gov.cheltenham.psr.letters.delivery.LetterDocument;
import uk.gov.cheltenham.psr.letters.rendering.RenderedLetter;

/** PDFs as answers, saying which template version they came from. */
final class PdfResponses {

	static final String TEMPLATE_VERSION = "X-Template-Version";

	private PdfResponses() {
	}

	static ResponseEntity<byte[]> rendered(RenderedLetter rendered) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(TEMPLATE_VERSION, rendered.templateVersion())
			.body(rendered.pdf());
	}

	/** The kept PDF, checked against its checksum, which the answer states too. */
	static ResponseEntity<byte[]> stored(LetterDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(TEMPLATE_VERSION, document.templateVersion())
			.header("X-Checksum-SHA256", document.sha256())
			.body(document.verifiedPdf());
	}

}
