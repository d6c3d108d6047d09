package uk.gov.cheltenham.psr.incident.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.incident.disclosure.CustomerDisclosures;
import uk.gov.cheltenham.psr.internalapi.CustomerDetails;
import uk.gov.cheltenham.psr.internalapi.InternalPaths;
import uk.gov.cheltenham.psr.platform.security.CallingService;

/**
 * Internal API for other services (client-credentials tokens only, ROLE_SERVICE being
 * required by the platform for {@code /internal/**}); each endpoint also checks which
 * service is calling.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class InternalIncidentController {

	/**
	 * I8: a reported contact-details update ({@link ContactDetailsUpdateView}), for
	 * register-service on {@code ContactDetailsUpdateReported}; each read logged (D3).
	 * Not yet in event-contracts' {@code InternalPaths}.
	 */
	static final String CONTACT_DETAILS_UPDATE = InternalPaths.CONTACT_DETAILS_UPDATE;

	private final CustomerDisclosures disclosures;

	InternalIncidentController(CustomerDisclosures disclosures) {
		this.disclosures = disclosures;
	}

	/** R2: what register-service needs for an entry; logged as a disclosure (D3). */
	@GetMapping(InternalPaths.INCIDENT_CUSTOMER)
	@PreAuthorize("hasRole('SERVICE')")
	CustomerDetails customer(@PathVariable("incidentId") UUID id, @AuthenticationPrincipal Jwt caller) {
		return InternalApiContracts.customerDetails(this.disclosures.disclose(id, requireRecipient(caller)));
	}

	@GetMapping(CONTACT_DETAILS_UPDATE)
	@PreAuthorize("hasRole('SERVICE')")
	ContactDetailsUpdateView contactDetailsUpdate(@PathVariable("updateId") UUID id,
			@AuthenticationPrincipal Jwt caller) {
		return ContactDetailsUpdateView.of(this.disclosures.discloseContactDetails(id, requireRecipient(caller)));
	}

	/** The calling service, if its purpose allows it these details. */
	private static String requireRecipient(Jwt caller) {
		String service = CallingService.of(caller);
		if (!CustomerDisclosures.mayReceive(service)) {
			throw new AccessDeniedException("this service may not receive customer details");
		}
		return service;
	}

}
