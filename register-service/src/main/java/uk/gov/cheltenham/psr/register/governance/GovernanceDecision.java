package uk.gov.cheltenham.psr.register.governance;

/** The Group's decision on one agenda item (R10). */
public enum GovernanceDecision {

	APPROVED, REJECTED, NOTED;

	boolean fits(AgendaItemKind kind) {
		return kind.isDecided() == (this != NOTED);
	}

}
