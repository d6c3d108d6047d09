package uk.gov.cheltenham.psr.register.review;

/** Contact that counts towards removal at review (policy §4.7). */
public enum ContactKind {

	POSITIVE, NEUTRAL

}
