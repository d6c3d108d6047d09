package uk.gov.cheltenham.psr.incident.web;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import uk.gov.cheltenham.psr.incident.report.EvidencePolicy;

/**
 * Multipart failures happen before any controller is chosen (while the request is
 * parsed), so they are answered here, ahead of the platform's catch-all: an oversized
 * upload is a 413 naming the file, a broken multipart body a 400 — never a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartProblemsAdvice {

	private final long maxBytes;

	MultipartProblemsAdvice(EvidencePolicy policy) {
		this.maxBytes = policy.maxBytes();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		String message = "The file is larger than the limit of " + this.maxBytes + " bytes";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
		problem.setTitle("Attachment refused");
		problem.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail malformed(MultipartException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request is not a readable multipart/form-data body");
		problem.setTitle("Unreadable request");
		problem.setProperty("errors", List.of(Map.of("field", "file", "message", "malformed multipart body")));
		return problem;
	}

}
