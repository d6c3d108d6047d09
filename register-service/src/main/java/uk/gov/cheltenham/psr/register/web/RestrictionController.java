package uk.gov.cheltenham.psr.register.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.register.entry.EntryDecisions;
import uk.gov.cheltenham.psr.register.restriction.ComplaintStatus;

/**
 * The CRO's restrictions on an entry (R4) and the checks that come before them (R5, R6):
 * propose, then apply.
 */
@RestController
@RequestMapping("/api/entries/{id}")
class RestrictionController {

	private final EntryDecisions decisions;

	RestrictionController(EntryDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/complaint-check")
	@PreAuthorize("hasRole('CRO')")
	EntryView recordComplaintCheck(@PathVariable UUID id, @Valid @RequestBody ComplaintCheckRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return EntryView.of(this.decisions.recordComplaintCheck(id, request.status(), request.consideration(),
				caller.getSubject()));
	}

	@PostMapping("/reasonable-adjustments")
	@PreAuthorize("hasRole('CRO')")
	EntryView recordReasonableAdjustments(@PathVariable UUID id, @Valid @RequestBody AdjustmentsRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return EntryView.of(this.decisions.recordReasonableAdjustments(id, request.needsIdentified(),
				request.adjustments(), caller.getSubject()));
	}

	/** Proposes the restrictions, replacing any earlier proposal; nothing applies yet. */
	@PostMapping("/restrictions")
	@PreAuthorize("hasRole('CRO')")
	EntryView proposeRestrictions(@PathVariable UUID id, @Valid @RequestBody ProposalRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return EntryView.of(this.decisions.proposeRestrictions(id,
				RestrictionRequest.toRestrictions(request.restrictions()), caller.getSubject()));
	}

	@PostMapping("/restrictions/apply")
	@PreAuthorize("hasRole('CRO')")
	EntryView applyRestrictions(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return EntryView.of(this.decisions.applyRestrictions(id, caller.getSubject()));
	}

	record ComplaintCheckRequest(@NotNull ComplaintStatus status, @Size(max = 1000) String consideration) {
	}

	record AdjustmentsRequest(@NotNull Boolean needsIdentified, @Size(max = 2000) String adjustments) {
	}

	record ProposalRequest(@NotNull @Size(max = 20) List<@NotNull @Valid RestrictionRequest> restrictions) {
	}

}
