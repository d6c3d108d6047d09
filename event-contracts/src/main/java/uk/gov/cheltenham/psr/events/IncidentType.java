package uk.gov.cheltenham.psr.events;

/** The incident types that set a restriction period (R3). */
public enum IncidentType {

	UNREASONABLY_PERSISTENT_CONTACT, PERSONAL_CIRCUMSTANCES, VERBAL_ABUSE, VERBAL_THREAT, PHYSICAL_VIOLENCE_NO_INJURY,
	PHYSICAL_ASSAULT

}
