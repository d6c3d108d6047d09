package uk.gov.cheltenham.psr.register.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.gov.cheltenham.psr.register.restriction.ContactChannel;
import uk.gov.cheltenham.psr.register.restriction.Restriction;
import uk.gov.cheltenham.psr.register.restriction.RestrictionKind;

/**
 * One restriction as a request carries it (R4): the shape the restriction endpoint and
 * the varied appeal and review decisions (R11, R9) share.
 */
record RestrictionRequest(@NotNull RestrictionKind kind,
		@Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,49}",
				message = "a service area such as housing or revenues") String> serviceAreas,
		boolean councilWide, @Size(max = 1000) String councilWideJustification, @Size(max = 1000) String conditions,
		ContactChannel channel, @Size(max = 5) Set<@NotNull ContactChannel> closesChannels) {

	Restriction toRestriction() {
		return new Restriction(this.kind, this.serviceAreas, this.councilWide, this.councilWideJustification,
				this.conditions, this.channel, this.closesChannels);
	}

	/** The restrictions requested; null (none given) stays null. */
	static List<Restriction> toRestrictions(List<RestrictionRequest> requests) {
		return (requests != null) ? requests.stream().map(RestrictionRequest::toRestriction).toList() : null;
	}

}
