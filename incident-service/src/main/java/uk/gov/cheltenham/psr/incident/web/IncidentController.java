package uk.gov.cheltenham.psr.incident.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.incident.report.Incident;
import uk.gov.cheltenham.psr.incident.report.IncidentIntake;

/** Intake (any representative) and review (managers). Nobody else reads incidents. */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

	private final IncidentIntake intake;

	IncidentController(IncidentIntake intake) {
		this.intake = intake;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	ResponseEntity<IncidentView> report(@Valid @RequestBody ReportIncidentRequest request,
			@AuthenticationPrincipal Jwt caller) {
		Incident incident = this.intake.report(request.toDraft(), caller.getSubject());
		return ResponseEntity.created(URI.create("/api/incidents/" + incident.id())).body(IncidentView.of(incident));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	List<IncidentView> mine(@AuthenticationPrincipal Jwt caller) {
		return this.intake.reportedBy(caller.getSubject()).stream().map(IncidentView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	IncidentView one(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		Incident incident = this.intake.find(id);
		boolean manager = caller.getClaimAsStringList("roles").contains("MANAGER");
		if (!manager && !incident.wasReportedBy(caller.getSubject())) {
			throw new AccessDeniedException("not the reporter");
		}
		return IncidentView.of(incident);
	}

	@GetMapping("/awaiting-review")
	@PreAuthorize("hasRole('MANAGER')")
	List<IncidentView> awaitingReview() {
		return this.intake.awaitingReview().stream().map(IncidentView::of).toList();
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasRole('MANAGER')")
	IncidentView review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return IncidentView.of(this.intake.review(id, caller.getSubject(), request.toDecision()));
	}

}
