package uk.gov.cheltenham.psr.incident.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import uk.gov.cheltenham.psr.incident.audit.PersonalDataAudit;
import uk.gov.cheltenham.psr.incident.report.Attachment;
import uk.gov.cheltenham.psr.incident.report.AttachmentRejected;
import uk.gov.cheltenham.psr.incident.report.AttachmentType;
import uk.gov.cheltenham.psr.incident.report.Evidence;
import uk.gov.cheltenham.psr.incident.report.EvidenceCorrupted;
import uk.gov.cheltenham.psr.incident.report.IncidentIntake;
import uk.gov.cheltenham.psr.incident.report.StoredFile;

/**
 * Attachments (I2): added and read only by the reporter, the colleague reported for, or a
 * manager.
 */
@RestController
@RequestMapping("/api/incidents/{id}/attachments")
class AttachmentController {

	private static final Logger log = LoggerFactory.getLogger(AttachmentController.class);

	private static final int MAX_FILE_NAME_LENGTH = 255;

	private final IncidentIntake intake;

	private static final String EVIDENCE = "I2 evidence";

	private final Evidence evidence;

	private final PersonalDataAudit audit;

	AttachmentController(IncidentIntake intake, Evidence evidence, PersonalDataAudit audit) {
		this.intake = intake;
		this.evidence = evidence;
		this.audit = audit;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	ResponseEntity<AttachmentView> attach(@PathVariable UUID id, @RequestParam("type") AttachmentType type,
			@RequestParam("file") MultipartFile file, @AuthenticationPrincipal Jwt caller) throws IOException {
		checkMayHandleEvidence(id, caller);
		Attachment attachment = this.evidence.attach(id, type, fileName(file), contentType(file), file.getBytes(),
				caller.getSubject());
		return ResponseEntity.created(URI.create("/api/incidents/" + id + "/attachments/" + attachment.id()))
			.body(AttachmentView.of(attachment));
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	List<AttachmentView> list(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller,
			@RequestHeader(name = PersonalDataAudit.PURPOSE_HEADER, required = false) String purpose) {
		checkMayHandleEvidence(id, caller);
		List<AttachmentView> attachments = this.evidence.attachments(id).stream().map(AttachmentView::of).toList();
		this.audit.read(PersonalDataAudit.INCIDENT, id, PersonalDataAudit.purpose(purpose, EVIDENCE), "attachments");
		return attachments;
	}

	@GetMapping("/{attachmentId}")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Jwt caller,
			@RequestHeader(name = PersonalDataAudit.PURPOSE_HEADER, required = false) String purpose) {
		checkMayHandleEvidence(id, caller);
		StoredFile file = this.evidence.read(id, attachmentId);
		this.audit.read(PersonalDataAudit.INCIDENT, id, PersonalDataAudit.purpose(purpose, EVIDENCE),
				"attachment=" + attachmentId);
		Attachment attachment = file.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			// never let a browser guess another type from the bytes
			.header("X-Content-Type-Options", "nosniff")
			// RFC 9530: lets the client check what it received against what was stored
			.header("Repr-Digest",
					"sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(attachment.sha256()))
							+ ":")
			.body(file.content());
	}

	/** The reporter, the colleague reported for (I3), or a manager; nobody else. */
	private void checkMayHandleEvidence(UUID incidentId, Jwt caller) {
		Callers.requireOpenTo(this.intake.find(incidentId), caller);
	}

	/**
	 * The declared media type without parameters; the policy decides whether it is
	 * allowed.
	 */
	private static String contentType(MultipartFile file) {
		if (file.getContentType() == null) {
			return null;
		}
		try {
			MediaType type = MediaType.parseMediaType(file.getContentType());
			return type.getType() + "/" + type.getSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

	/** A name safe for a header: no path, no control characters, bounded length. */
	static String fileName(MultipartFile file) {
		String original = file.getOriginalFilename();
		if (original == null) {
			return "attachment";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
			.replaceAll("[\\p{Cntrl}\"]", "_")
			.strip();
		if (name.isEmpty()) {
			return "attachment";
		}
		return (name.length() > MAX_FILE_NAME_LENGTH) ? name.substring(0, MAX_FILE_NAME_LENGTH) : name;
	}

	@ExceptionHandler(AttachmentRejected.class)
	ResponseEntity<ProblemDetail> rejected(AttachmentRejected ex) {
		HttpStatus status = (ex.reason() == AttachmentRejected.Reason.TOO_LARGE) ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		String field = (ex.reason() == AttachmentRejected.Reason.CONTENT_TYPE_NOT_ALLOWED) ? "file.contentType"
				: "file";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle("Attachment refused");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", ex.getMessage())));
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(EvidenceCorrupted.class)
	ProblemDetail corrupted(EvidenceCorrupted ex) {
		// ids only: the message names the attachment, never its content
		log.error("Evidence integrity check failed: {}", ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The stored file failed its integrity check and is withheld; the evidence team has been alerted");
		problem.setTitle("Evidence integrity check failed");
		return problem;
	}

}
