package uk.gov.cheltenham.psr.incident.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.incident.audit.PersonalDataAudit;
import uk.gov.cheltenham.psr.incident.report.Incident;
import uk.gov.cheltenham.psr.incident.report.IdempotencyKeyReused;
import uk.gov.cheltenham.psr.incident.report.IncidentIntake;
import uk.gov.cheltenham.psr.incident.report.OverdueReview;
import uk.gov.cheltenham.psr.incident.report.Submitted;
import uk.gov.cheltenham.psr.incident.report.WitnessStatement;
import uk.gov.cheltenham.psr.platform.domain.NotFound;

/**
 * Intake (any representative) and review (managers). Nobody else reads incidents. JSON
 * only, checked before acting: a client that cannot read the answer is refused before
 * anything is stored.
 */
@RestController
@RequestMapping(path = "/api/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
class IncidentController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Pattern VALID_IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	/** Why staff read incidents, unless they state otherwise (D3). */
	private static final String HANDLING = "I1-I10 incident handling";

	private static final String REVIEW = "I9 independent review";

	private final IncidentIntake intake;

	private final PersonalDataAudit audit;

	IncidentController(IncidentIntake intake, PersonalDataAudit audit) {
		this.intake = intake;
		this.audit = audit;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	ResponseEntity<IncidentView> report(@Valid @RequestBody ReportIncidentRequest request,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@AuthenticationPrincipal Jwt caller) {
		if (idempotencyKey == null) {
			return created(this.intake.report(request.toDraft(), caller.getSubject()), false);
		}
		if (!VALID_IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
			throw new InvalidIdempotencyKey();
		}
		Submitted submitted = this.intake.report(request.toDraft(), caller.getSubject(), idempotencyKey);
		return created(submitted.incident(), submitted.replayed());
	}

	/** A replay answers exactly as the first call did: 201 with the same incident. */
	private static ResponseEntity<IncidentView> created(Incident incident, boolean replayed) {
		return ResponseEntity.created(URI.create("/api/incidents/" + incident.id()))
			.header("Idempotent-Replayed", String.valueOf(replayed))
			.body(IncidentView.of(incident));
	}

	@ExceptionHandler(InvalidIdempotencyKey.class)
	ProblemDetail invalidIdempotencyKey() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Header '" + IDEMPOTENCY_KEY + "' must be 1 to 200 visible ASCII characters");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", IDEMPOTENCY_KEY, "message", "1 to 200 visible ASCII")));
		return problem;
	}

	@ExceptionHandler(IdempotencyKeyReused.class)
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Idempotency-Key reused");
		problem.setProperty("errors", List.of(Map.of("field", IDEMPOTENCY_KEY, "message", "already used")));
		return problem;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	List<IncidentView> mine(@AuthenticationPrincipal Jwt caller,
			@RequestHeader(name = PersonalDataAudit.PURPOSE_HEADER, required = false) String purpose) {
		return audited(this.intake.reportedBy(caller.getSubject()), PersonalDataAudit.purpose(purpose, HANDLING));
	}

	/** D3: each incident shown in a list is a read of it. */
	private List<IncidentView> audited(List<Incident> incidents, String purpose) {
		this.audit.readAll(PersonalDataAudit.INCIDENT, incidents.stream().map(Incident::id).toList(), purpose, "list");
		return incidents.stream().map(IncidentView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	IncidentView one(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller,
			@RequestHeader(name = PersonalDataAudit.PURPOSE_HEADER, required = false) String purpose) {
		Incident incident = Callers.requireOpenTo(this.intake.find(id), caller);
		this.audit.read(PersonalDataAudit.INCIDENT, id, PersonalDataAudit.purpose(purpose, HANDLING), null);
		return IncidentView.of(incident);
	}

	/** I2: the reporter (or the colleague reported for) or a manager adds a statement. */
	@PostMapping("/{id}/witness-statements")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	ResponseEntity<WitnessStatementView> addWitnessStatement(@PathVariable UUID id,
			@Valid @RequestBody WitnessStatementRequest request, @AuthenticationPrincipal Jwt caller) {
		Callers.requireOpenTo(this.intake.find(id), caller);
		WitnessStatement added = this.intake.addWitnessStatement(id, request.witness(), request.statement(),
				caller.getSubject());
		return ResponseEntity.created(URI.create("/api/incidents/" + id + "/witness-statements/" + added.id()))
			.body(WitnessStatementView.of(added));
	}

	/** I2: read back by whoever the report is open to (D2). */
	@GetMapping("/{id}/witness-statements")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	List<WitnessStatementView> witnessStatements(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller,
			@RequestHeader(name = PersonalDataAudit.PURPOSE_HEADER, required = false) String purpose) {
		Callers.requireOpenTo(this.intake.find(id), caller);
		List<WitnessStatementView> statements = this.intake.witnessStatements(id)
			.stream()
			.map(WitnessStatementView::of)
			.toList();
		this.audit.read(PersonalDataAudit.INCIDENT, id, PersonalDataAudit.purpose(purpose, HANDLING),
				"witnessStatements");
		return statements;
	}

	@GetMapping("/{id}/witness-statements/{statementId}")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	WitnessStatementView witnessStatement(@PathVariable UUID id, @PathVariable UUID statementId,
			@AuthenticationPrincipal Jwt caller,
			@RequestHeader(name = PersonalDataAudit.PURPOSE_HEADER, required = false) String purpose) {
		return witnessStatements(id, caller, purpose).stream()
			.filter((statement) -> statement.id().equals(statementId))
			.findFirst()
			.orElseThrow(() -> new NotFound("Witness statement " + statementId));
	}

	@GetMapping("/awaiting-review")
	@PreAuthorize("hasRole('MANAGER')")
	List<IncidentView> awaitingReview(
			@RequestHeader(name = PersonalDataAudit.PURPOSE_HEADER, required = false) String purpose) {
		return audited(this.intake.awaitingReview(), PersonalDataAudit.purpose(purpose, REVIEW));
	}

	@GetMapping("/overdue")
	@PreAuthorize("hasRole('MANAGER')")
	List<OverdueReviewView> overdue(
			@RequestHeader(name = PersonalDataAudit.PURPOSE_HEADER, required = false) String purpose) {
		List<OverdueReview> overdue = this.intake.overdueReviews();
		String stated = PersonalDataAudit.purpose(purpose, REVIEW);
		this.audit.readAll(PersonalDataAudit.INCIDENT,
				overdue.stream().map((review) -> review.incident().id()).toList(), stated, "list");
		return overdue.stream().map(OverdueReviewView::of).toList();
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasRole('MANAGER')")
	IncidentView review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return IncidentView.of(this.intake.review(id, caller.getSubject(), request.toDecision()));
	}

	/** The Idempotency-Key header is malformed. */
	static class InvalidIdempotencyKey extends RuntimeException {

	}

}
