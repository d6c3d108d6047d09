package uk.gov.cheltenham.psr.register.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.register.audit.EntryReadAudit;
import uk.gov.cheltenham.psr.register.entry.Register;

/** The register for those who run it. Every read of one entry is audited (R1). */
@RestController
@RequestMapping("/api/entries")
@Validated
class EntryController {

	static final String PURPOSE_HEADER = "PSR-Purpose";

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

}
