package uk.gov.cheltenham.psr.register.entry;

import java.time.Period;

/** Incident types and the restriction period each sets (R3, policy §4.5.1). */
public enum IncidentType {

	UNREASONABLY_PERSISTENT_CONTACT(Period.ofYears(1)), PERSONAL_CIRCUMSTANCES(Period.ofYears(1)),
	VERBAL_ABUSE(Period.ofYears(1)), VERBAL_THREAT(Period.ofYears(1)), PHYSICAL_VIOLENCE_NO_INJURY(Period.ofYears(2)),
	PHYSICAL_ASSAULT(Period.ofYears(4));

	private final Period restrictionPeriod;

	IncidentType(Period restrictionPeriod) {
		this.restrictionPeriod = restrictionPeriod;
	}

	public Period restrictionPeriod() {
		return this.restrictionPeriod;
	}

}
