package uk.gov.cheltenham.psr.register.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.platform.security.Roles;
import uk.gov.cheltenham.psr.register.approval.Approver;
import uk.gov.cheltenham.psr.register.approval.StandInReason;
import uk.gov.cheltenham.psr.register.entry.EntryDecisions;

/**
 * Approval of complex or sensitive entries (R7), or their refusal: by the CSSM, or by the
 * Executive Director standing in with the reason.
 */
@RestController
@RequestMapping("/api/entries")
class ApprovalController {

	private final EntryDecisions decisions;

	ApprovalController(EntryDecisions decisions) {
		this.decisions = decisions;
	}

	@GetMapping("/awaiting-approval")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR')")
	List<EntryView> awaitingApproval() {
		return this.decisions.awaitingApproval().stream().map(EntryView::of).toList();
	}

	/**
	 * Approves the entry. The Executive Director acts as such only with a
	 * {@code standInReason}; a caller holding both roles acts as the CSSM otherwise.
	 */
	@PostMapping("/{id}/approval")
	@PreAuthorize("hasAnyRole('CSSM', 'EXECUTIVE_DIRECTOR')")
	EntryView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) ApprovalRequest request,
			@AuthenticationPrincipal Jwt caller) {
		ApprovalRequest approval = (request != null) ? request : new ApprovalRequest(null, null);
		return EntryView.of(this.decisions.approve(id, approver(caller, approval.standInReason(), approval.note())));
	}

	/**
	 * Declines the entry with the reason: it never takes effect and is purged on the
	 * removal's retention (R7, R12). The decider is worked out as for an approval.
	 */
	@PostMapping("/{id}/approval/decline")
	@PreAuthorize("hasAnyRole('CSSM', 'EXECUTIVE_DIRECTOR')")
	EntryView decline(@PathVariable UUID id, @Valid @RequestBody DeclineRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return EntryView.of(this.decisions.decline(id, approver(caller, request.standInReason(), request.note()),
				request.reason()));
	}

	/**
	 * The Executive Director acts as such only with a {@code standInReason}; a caller
	 * holding both roles acts as the CSSM otherwise.
	 */
	private static Approver approver(Jwt caller, StandInReason standInReason, String note) {
		List<String> roles = caller.getClaimAsStringList("roles");
		boolean actsAsDirector = !roles.contains(Roles.CSSM)
				|| (standInReason != null && roles.contains(Roles.EXECUTIVE_DIRECTOR));
		return new Approver(caller.getSubject(), actsAsDirector ? Roles.EXECUTIVE_DIRECTOR : Roles.CSSM, standInReason,
				note);
	}

	/**
	 * The CSSM is the target of the behaviour: only the Executive Director may approve.
	 */
	@PostMapping("/{id}/approval/cssm-is-target")
	@PreAuthorize("hasAnyRole('CRO', 'EXECUTIVE_DIRECTOR')")
	EntryView recordCssmIsTarget(@PathVariable UUID id) {
		return EntryView.of(this.decisions.recordCssmIsTarget(id));
	}

	record ApprovalRequest(StandInReason standInReason, @Size(max = 500) String note) {
	}

	record DeclineRequest(@NotBlank @Size(max = 1000) String reason, StandInReason standInReason,
			@Size(max = 500) String note) {
	}

}
