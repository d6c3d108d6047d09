package uk.gov.cheltenham.psr.partnersync.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.cheltenham.psr.partnersync.outbound.PartnerUpdates;

/**
 * What was disclosed to CBH about an entry, and under which agreement (P3). For the CRO,
 * who manages entries and answers for their sharing; field names only, never values.
 */
@RestController
@RequestMapping("/api/disclosures")
class DisclosureController {

	private final PartnerUpdates partnerUpdates;

	DisclosureController(PartnerUpdates partnerUpdates) {
		this.partnerUpdates = partnerUpdates;
	}

	@GetMapping
	@PreAuthorize("hasRole('CRO')")
	List<DisclosureView> about(@RequestParam UUID entryId) {
		return this.partnerUpdates.disclosuresAbout(entryId).stream().map(DisclosureView::of).toList();
	}

}
