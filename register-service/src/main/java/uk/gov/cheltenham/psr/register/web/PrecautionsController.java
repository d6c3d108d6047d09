package uk.gov.cheltenham.psr.register.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.register.check.CustomerQuery;
import uk.gov.cheltenham.psr.register.check.Precautions;
import uk.gov.cheltenham.psr.register.check.StaffCautions;

/**
 * Cautions and advice for staff (R2), the councillor check (R13) and the briefing note
 * for partners and contractors (R14). The last two answer with precautions only.
 */
@RestController
@Validated
class PrecautionsController {

	private final StaffCautions cautions;

	private final Precautions precautions;

	PrecautionsController(StaffCautions cautions, Precautions precautions) {
		this.cautions = cautions;
		this.precautions = precautions;
	}

	@GetMapping("/api/entries/{id}/cautions")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	List<String> cautions(@PathVariable UUID id) {
		return this.cautions.of(id);
	}

	/** The CRO sets the entry's cautions, replacing the previous ones; audited (D3). */
	@PostMapping("/api/entries/{id}/cautions")
	@PreAuthorize("hasRole('CRO')")
	List<String> setCautions(@PathVariable UUID id, @Valid @RequestBody CautionsChange change,
			@AuthenticationPrincipal Jwt caller) {
		return this.cautions.set(id, change.cautions(), caller.getSubject(), change.reason());
	}

	/** Democratic Services asks for a councillor before a visit (R13). */
	@PostMapping("/api/councillor-checks")
	@PreAuthorize("hasRole('DEMOCRATIC_SERVICES')")
	Precautions.CheckAnswer councillorCheck(@Valid @RequestBody CheckRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return this.precautions.councillorCheck(new CustomerQuery(request.name(), request.address()),
				caller.getSubject(), Callers.roles(caller));
	}

	/** The CRO's note for a request for service to a partner or contractor (R14). */
	@PostMapping("/api/entries/{id}/briefing-note")
	@PreAuthorize("hasRole('CRO')")
	Precautions.BriefingNote briefingNote(@PathVariable UUID id, @Valid @RequestBody BriefingRequest request,
			@AuthenticationPrincipal Jwt caller) {
		return this.precautions.briefingNote(id, request.recipient().strip(), caller.getSubject(),
				Callers.roles(caller));
	}

	record CautionsChange(@NotNull @Size(
			max = 20) List<@NotBlank @Size(max = 300, message = "each caution at most 300 characters") String> cautions,
			@NotBlank @Size(max = 500) String reason) {
	}

	record CheckRequest(@Size(max = 200) String name, @Size(max = 300) String address) {
	}

	record BriefingRequest(@NotBlank @Size(max = 200) String recipient) {
	}

}
