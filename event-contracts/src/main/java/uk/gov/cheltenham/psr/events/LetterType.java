package uk.gov.cheltenham.psr.events;

/** Letter types L1–L6. */
public enum LetterType {

	WARNING, RESTRICTION, EXTENSION, REMOVAL, APPEAL_ACKNOWLEDGEMENT, APPEAL_OUTCOME

}
