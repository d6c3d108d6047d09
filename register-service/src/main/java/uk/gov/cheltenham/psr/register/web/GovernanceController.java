package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.List;
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

import uk.gov.cheltenham.psr.register.governance.AgendaItem;
import uk.gov.cheltenham.psr.register.governance.AgendaLine;
import uk.gov.cheltenham.psr.register.governance.Governance;
import uk.gov.cheltenham.psr.register.governance.GovernanceDecision;
import uk.gov.cheltenham.psr.register.governance.GovernanceMeeting;

/**
 * The Governance Group's quarterly meetings (R10): the CRO schedules them and compiles
 * the agenda; the Group records its decisions. Reading an agenda reads the entries on it.
 */
@RestController
@RequestMapping("/api/governance/meetings")
@Validated
class GovernanceController {

	private static final String PURPOSE = "governance";

	private final Governance governance;

	private final EntryReads reads;

	GovernanceController(Governance governance, EntryReads reads) {
		this.governance = governance;
		this.reads = reads;
	}

	@PostMapping
	@PreAuthorize("hasRole('CRO')")
	@ResponseStatus(HttpStatus.CREATED)
	MeetingView schedule(@Valid @RequestBody MeetingRequest meeting, @AuthenticationPrincipal Jwt caller) {
		return MeetingView.summary(this.governance.schedule(meeting.meetingOn(), caller.getSubject()));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'GOVERNANCE')")
	List<MeetingView> meetings() {
		return this.governance.meetings().stream().map(MeetingView::summary).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'GOVERNANCE')")
	MeetingView meeting(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return withAgenda(this.governance.find(id), caller);
	}

	/** Compiles the agenda, or brings it up to date before the meeting. */
	@PostMapping("/{id}/agenda")
	@PreAuthorize("hasRole('CRO')")
	MeetingView compileAgenda(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller) {
		return withAgenda(this.governance.compileAgenda(id), caller);
	}

	@PostMapping("/{id}/items/{itemId}/decision")
	@PreAuthorize("hasRole('GOVERNANCE')")
	MeetingView.ItemView decide(@PathVariable UUID id, @PathVariable UUID itemId,
			@Valid @RequestBody DecisionRequest decision, @AuthenticationPrincipal Jwt caller) {
		AgendaItem item = this.governance.decide(id, itemId, decision.decision(), decision.minute(),
				caller.getSubject());
		return MeetingView.ItemView.of(item);
	}

	private MeetingView withAgenda(GovernanceMeeting meeting, Jwt caller) {
		List<AgendaLine> agenda = this.governance.agenda(meeting.id());
		this.reads.record(agenda.stream().map((line) -> line.item().entryId()).toList(), caller, PURPOSE);
		return MeetingView.of(meeting, agenda);
	}

	record MeetingRequest(@NotNull LocalDate meetingOn) {
	}

	record DecisionRequest(@NotNull GovernanceDecision decision, @NotBlank @Size(max = 2000) String minute) {
	}

}
