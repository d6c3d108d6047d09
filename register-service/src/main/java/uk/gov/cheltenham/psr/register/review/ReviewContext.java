package uk.gov.cheltenham.psr.register.review;

import java.util.UUID;

/**
 * What a review has before it (R9): how many new incidents and positive or neutral
 * contacts, the raising team's justification if one was given, and whether another review
 * of the entry is still awaiting Governance.
 */
public record ReviewContext(int newIncidents, int contacts, UUID justificationId, boolean anotherAwaitingGovernance) {

	boolean hasJustification() {
		return this.justificationId != null;
	}

}
