package uk.gov.cheltenham.psr.incident.review;

/** What a manager may decide on reviewing an incident (I10). */
public enum ReviewOutcome {

	NO_FURTHER_ACTION, INFORMAL_ACTION, WARNING_LETTER, REGISTER_ENTRY, REFERRED_TO_CSSM

}
