package uk.gov.cheltenham.psr.register.restriction;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * Equality of access (R5, policy §2.3): whatever restrictions apply, the customer keeps
 * at least one route (phone, written or in person) to every service area.
 */
public final class EqualityOfAccess {

	private static final String RULE = "R5";

	private EqualityOfAccess() {
	}

	/**
	 * Refuses a set of restrictions that closes every essential route, council-wide or
	 * for any one service area (council-wide restrictions count in every area).
	 * @throws RuleViolation naming R5 and the scope left without a route
	 */
	public static void requireRouteLeft(Collection<Restriction> restrictions) {
		Set<String> areas = restrictions.stream()
			.flatMap((restriction) -> restriction.serviceAreas().stream())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		requireRouteLeft("every service area", closedFor(restrictions, null));
		for (String area : areas) {
			requireRouteLeft("service area '" + area + "'", closedFor(restrictions, area));
		}
	}

	private static Set<ContactChannel> closedFor(Collection<Restriction> restrictions, String area) {
		Set<ContactChannel> closed = EnumSet.noneOf(ContactChannel.class);
		restrictions.stream()
			.filter((restriction) -> (area == null) ? restriction.councilWide() : restriction.appliesTo(area))
			.forEach((restriction) -> closed.addAll(restriction.closedChannels()));
		return closed;
	}

	private static void requireRouteLeft(String scope, Set<ContactChannel> closed) {
		if (closed.containsAll(ContactChannel.essentialRoutes())) {
			throw new RuleViolation(RULE, "These restrictions close every route to essential services (phone, "
					+ "written and in person) for " + scope + "; at least one must stay open");
		}
	}

}
