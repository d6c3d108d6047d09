package uk.gov.cheltenham.psr.register.web;

import java.util.List;
import java.util.UUID;

import java.time.Period;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.register.audit.EntryReadAudit;
import uk.gov.cheltenham.psr.register.entry.Register;

/** The register for those who run it. Every read of one entry is audited (R1). */
@RestController
@RequestMapping("/api/entries")
@Validated
class EntryController {

	static final String PURPOSE_HEADER = AuditTrail.PURPOSE_HEADER;

	private final Register register;

	private final EntryReadAudit audit;

	EntryController(Register register, EntryReadAudit audit) {
		this.register = register;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	List<EntryView> active() {
		return this.register.active().stream().map(EntryView::of).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM', 'EXECUTIVE_DIRECTOR', 'GOVERNANCE')")
	EntryView one(@PathVariable UUID id,
			@RequestHeader(name = PURPOSE_HEADER, defaultValue = "register management") @Size(max = 200) String purpose,
			@AuthenticationPrincipal Jwt caller) {
		EntryView view = EntryView.of(this.register.find(id));
		this.audit.recordRead(id, caller.getSubject(), String.join(",", caller.getClaimAsStringList("roles")), purpose);
		return view;
	}

	@GetMapping("/{id}/reads")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	List<EntryReadAudit.Read> reads(@PathVariable UUID id) {
		this.register.find(id);
		return this.audit.readsOf(id);
	}

	/** A removal decision (R12); it takes effect only after Governance approval (R10). */
	@PostMapping("/{id}/removal")
	@PreAuthorize("hasRole('CRO')")
	EntryView decideRemoval(@PathVariable UUID id) {
		return EntryView.of(this.register.decideRemoval(id));
	}

	@PostMapping("/{id}/removal/approve")
	@PreAuthorize("hasRole('GOVERNANCE')")
	EntryView approveRemoval(@PathVariable UUID id) {
		return EntryView.of(this.register.approveRemoval(id));
	}

	/** Another restriction period with its recorded reason (R3). */
	@PostMapping("/{id}/restriction-period")
	@PreAuthorize("hasAnyRole('CSSM', 'EXECUTIVE_DIRECTOR')")
	EntryView setRestrictionPeriod(@PathVariable UUID id, @Valid @RequestBody PeriodDecision decision,
			@AuthenticationPrincipal Jwt caller) {
		return EntryView.of(this.register.setRestrictionPeriod(id, Period.parse(decision.period()), decision.reason(),
				caller.getSubject()));
	}

	record PeriodDecision(
			@NotNull @Pattern(regexp = "P(?=\\d)(\\d{1,3}Y)?(\\d{1,4}M)?(\\d{1,4}W)?(\\d{1,5}D)?",
					message = "an ISO-8601 period such as P18M") String period,
			@NotBlank @Size(max = 500) String reason) {
	}

}
