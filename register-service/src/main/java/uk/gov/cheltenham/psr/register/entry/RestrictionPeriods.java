package uk.gov.cheltenham.psr.register.entry;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;

/** The restriction period rule (R3): by incident type, the longest of several applies. */
public final class RestrictionPeriods {

	/** Reviews are at most six months apart (R9). */
	public static final Period REVIEW_INTERVAL = Period.ofMonths(6);

	private RestrictionPeriods() {
	}

	public static Period periodFor(EntryBasis basis, Collection<IncidentType> incidentTypes) {
		if (basis == EntryBasis.WARNING_LETTER) {
			return EntryBasis.WARNING_PERIOD;
		}
		return incidentTypes.stream()
			.map(IncidentType::restrictionPeriod)
			.max(Comparator.comparing((Period period) -> LocalDate.EPOCH.plus(period)))
			.orElseThrow(() -> new IllegalArgumentException("An entry needs at least one incident"));
	}

	public static LocalDate reviewDue(LocalDate from, LocalDate expiresOn) {
		LocalDate sixMonths = from.plus(REVIEW_INTERVAL);
		return sixMonths.isBefore(expiresOn) ? sixMonths : expiresOn;
	}

}
