package uk.gov.cheltenham.psr.register.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import uk.gov.cheltenham.psr.register.notice.RecheckOutcome;

/** Withholding notice from the customer and its re-check (R8). */
@RestController
@RequestMapping("/api/entries/{id}/notice")
class NoticeController {

	private final EntryDecisions decisions;

	NoticeController(EntryDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/withhold")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	EntryView withhold(@PathVariable UUID id, @Valid @RequestBody WithholdRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return EntryView
			.of(this.decisions.withholdNotice(id, request.reason(), request.recheckOn(), caller.getSubject()));
	}

	@PostMapping("/recheck")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	EntryView recheck(@PathVariable UUID id, @Valid @RequestBody RecheckRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return EntryView.of(this.decisions.recheckNotice(id, request.outcome(), request.reason(), request.recheckOn(),
				caller.getSubject()));
	}

	record WithholdRequest(@NotBlank @Size(max = 1000) String reason, @NotNull LocalDate recheckOn) {
	}

	/** {@code reason} and {@code recheckOn} are needed to keep withholding. */
	record RecheckRequest(@NotNull RecheckOutcome outcome, @Size(max = 1000) String reason, LocalDate recheckOn) {
	}

}
