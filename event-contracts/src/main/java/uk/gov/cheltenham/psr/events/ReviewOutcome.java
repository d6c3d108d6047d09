package uk.gov.cheltenham.psr.events;

/** Outcomes of a manager's review of an incident (I10). */
public enum ReviewOutcome {

	NO_FURTHER_ACTION, INFORMAL_ACTION, WARNING_LETTER, REGISTER_ENTRY, REFERRED_TO_CSSM

}
