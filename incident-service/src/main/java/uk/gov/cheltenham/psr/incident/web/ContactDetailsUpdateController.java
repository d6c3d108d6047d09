package uk.gov.cheltenham.psr.incident.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.incident.audit.PersonalDataAudit;
import uk.gov.cheltenham.psr.incident.contact.ContactDetailsIntake;
import uk.gov.cheltenham.psr.incident.contact.ContactDetailsUpdate;

/**
 * I8: a representative reports that a registered customer's contact details changed; only
 * the reporter reads the report back (register-service reads it over the internal API).
 */
@RestController
@RequestMapping(path = "/api/contact-details-updates", produces = MediaType.APPLICATION_JSON_VALUE)
class ContactDetailsUpdateController {

	private final ContactDetailsIntake intake;

	private final PersonalDataAudit audit;

	ContactDetailsUpdateController(ContactDetailsIntake intake, PersonalDataAudit audit) {
		this.intake = intake;
		this.audit = audit;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	ResponseEntity<ContactDetailsUpdateView> report(@Valid @RequestBody ContactDetailsUpdateRequest request,
			@AuthenticationPrincipal Jwt caller) {
		ContactDetailsUpdate update = this.intake.report(request.toDraft(), caller.getSubject());
		return ResponseEntity.created(URI.create("/api/contact-details-updates/" + update.id()))
			.body(ContactDetailsUpdateView.of(update));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE', 'MANAGER', 'CRO')")
	ContactDetailsUpdateView one(@PathVariable UUID id, @AuthenticationPrincipal Jwt caller,
			@RequestHeader(name = PersonalDataAudit.PURPOSE_HEADER, required = false) String purpose) {
		ContactDetailsUpdate update = this.intake.find(id);
		if (!update.wasReportedBy(caller.getSubject())) {
			throw new AccessDeniedException("not the reporter");
		}
		this.audit.read(PersonalDataAudit.CONTACT_DETAILS_UPDATE, id,
				PersonalDataAudit.purpose(purpose, "I8 contact-details update"), null);
		return ContactDetailsUpdateView.of(update);
	}

}
