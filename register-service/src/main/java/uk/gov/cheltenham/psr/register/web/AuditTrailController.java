package uk.gov.cheltenham.psr.register.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.platform.audit.AuditTrail;

/** Whether the register's audit trail is whole (D3): nothing altered, nothing removed. */
@RestController
class AuditTrailController {

	private final AuditTrail trail;

	AuditTrailController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/audit-trail/verification")
	@PreAuthorize("hasAnyRole('CRO', 'CSSM')")
	AuditTrail.Verification verification() {
		return this.trail.verify();
	}

}
