package uk.gov.cheltenham.psr.incident.report;

/** The kinds of incident that set a restriction period (R3). */
public enum IncidentType {

	UNREASONABLY_PERSISTENT_CONTACT(false), PERSONAL_CIRCUMSTANCES(false), VERBAL_ABUSE(false), VERBAL_THREAT(true),
	PHYSICAL_VIOLENCE_NO_INJURY(true), PHYSICAL_ASSAULT(true);

	private final boolean violenceOrSeriousThreat;

	IncidentType(boolean violenceOrSeriousThreat) {
		this.violenceOrSeriousThreat = violenceOrSeriousThreat;
	}

	/**
	 * Only violence or a serious threat may bypass the warning stage (I10, policy §4.4).
	 */
	public boolean allowsBypassingWarning() {
		return this.violenceOrSeriousThreat;
	}

}
