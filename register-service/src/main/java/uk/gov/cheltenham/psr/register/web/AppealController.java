package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.register.appeal.Appeal;
import uk.gov.cheltenham.psr.register.appeal.AppealDecision;
import uk.gov.cheltenham.psr.register.appeal.Appeals;
import uk.gov.cheltenham.psr.register.appeal.LgscoOutcome;

/**
 * Appeals (R11): the CRO lodges them and records the LGSCO's part; the Executive Director
 * or Chief Executive decides. Reading an appeal reads its entry.
 */
@RestController
@RequestMapping("/api")
@Validated
class AppealController {

	private static final String PURPOSE = "appeal";

	private final Appeals appeals;

	private final EntryReads reads;

	AppealController(Appeals appeals, EntryReads reads) {
		this.appeals = appeals;
		this.reads = reads;
	}

	@PostMapping("/entries/{id}/appeals")
	@PreAuthorize("hasRole('CRO')")
	@ResponseStatus(HttpStatus.CREATED)
	AppealView lodge(@PathVariable UUID id, @Valid @RequestBody LodgeRequest appeal,
			@AuthenticationPrincipal Jwt caller) {
		return AppealView.of(this.appeals.lodge(id, appeal.receivedOn(), appeal.grounds(), appeal.cssmTargetOrAbsent(),
				appeal.originalDecisionBy(), caller.getSubject()));
	}

	@GetMapping("/entries/{id}/appeals")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR', 'CHIEF_EXECUTIVE', 'GOVERNANCE')")
	List<AppealView> appealsOf(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		List<AppealView> appeals = this.appeals.appealsOf(id).stream().map(AppealView::of).toList();
		this.reads.record(id, caller, PURPOSE);
		return appeals;
	}

	/** Appeals waiting for a decision, the oldest first. */
	@GetMapping("/appeals")
	@PreAuthorize("hasAnyRole('CRO', 'EXECUTIVE_DIRECTOR', 'CHIEF_EXECUTIVE')")
	List<AppealView> inProgress(@AuthenticationPrincipal Jwt caller) {
		List<Appeal> waiting = this.appeals.inProgress();
		this.reads.record(waiting.stream().map(Appeal::entryId).toList(), caller, PURPOSE);
		return waiting.stream().map(AppealView::of).toList();
	}

	@GetMapping("/appeals/{appealId}")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR', 'CHIEF_EXECUTIVE', 'GOVERNANCE')")
	AppealView appeal(@PathVariable UUID appealId, @AuthenticationPrincipal Jwt caller) {
		Appeal appeal = this.appeals.find(appealId);
		this.reads.record(appeal.entryId(), caller, PURPOSE);
		return AppealView.of(appeal);
	}

	/**
	 * The decision. {@code version} is the appeal's version the decider read; if someone
	 * decided meanwhile the answer is 409 and nothing changes.
	 */
	@PostMapping("/appeals/{appealId}/decision")
	@PreAuthorize("hasAnyRole('EXECUTIVE_DIRECTOR', 'CHIEF_EXECUTIVE')")
	AppealView decide(@PathVariable UUID appealId, @Valid @RequestBody DecisionRequest decision,
			@AuthenticationPrincipal Jwt caller) {
		return AppealView.of(this.appeals.decide(appealId, decision.version(), decision.decision(), decision.reasons(),
				decision.variation(), decision.period(), RestrictionRequest.toRestrictions(decision.restrictions()),
				caller.getSubject(), Set.copyOf(EntryReads.rolesOf(caller))));
	}

	@PostMapping("/appeals/{appealId}/lgsco-complaint")
	@PreAuthorize("hasRole('CRO')")
	AppealView referToLgsco(@PathVariable UUID appealId, @Valid @RequestBody LgscoComplaintRequest complaint) {
		return AppealView.of(this.appeals.referToLgsco(appealId, complaint.complaintOn(), complaint.reference()));
	}

	@PostMapping("/appeals/{appealId}/lgsco-outcome")
	@PreAuthorize("hasRole('CRO')")
	AppealView recordLgscoOutcome(@PathVariable UUID appealId, @Valid @RequestBody LgscoOutcomeRequest outcome) {
		return AppealView
			.of(this.appeals.recordLgscoOutcome(appealId, outcome.outcome(), outcome.outcomeOn(), outcome.summary()));
	}

	record LodgeRequest(@NotNull LocalDate receivedOn, @NotBlank @Size(max = 2000) String grounds,
			boolean cssmTargetOrAbsent, @Size(max = 200) String originalDecisionBy) {
	}

	/**
	 * {@code restrictions}: for a varied decision, the restrictions it puts in force (in
	 * the shape the restriction endpoint takes; empty lifts them all); absent leaves them
	 * as they are.
	 */
	record DecisionRequest(@NotNull AppealDecision decision, @NotBlank @Size(max = 2000) String reasons,
			@Size(max = 2000) String variation, Period period,
			@Size(max = 20) List<@NotNull @Valid RestrictionRequest> restrictions, Long version) {
	}

	record LgscoComplaintRequest(@NotNull LocalDate complaintOn, @NotBlank @Size(max = 100) String reference) {
	}

	record LgscoOutcomeRequest(@NotNull LgscoOutcome outcome, @NotNull LocalDate outcomeOn,
			@Size(max = 2000) String summary) {
	}

}
