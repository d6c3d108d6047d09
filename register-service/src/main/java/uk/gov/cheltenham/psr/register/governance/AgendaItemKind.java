package uk.gov.cheltenham.psr.register.governance;

/** What an agenda item is about, and whether the Group decides it or notes it (R10). */
public enum AgendaItemKind {

	/** A review's outcome (retain, vary, remove) to approve or reject (R9). */
	REVIEW_OUTCOME(true),
	/**
	 * A removal decided outside a review (e.g. an overturned appeal) to approve or
	 * reject.
	 */
	REMOVAL(true),
	/** An entry whose review falls due by the meeting, or is overdue (R9). */
	REVIEW_DUE(false),
	/** An appeal in progress (R11). */
	APPEAL(false),
	/** A restriction period extended since the last report (R3). */
	EXTENSION(false);

	private final boolean decided;

	AgendaItemKind(boolean decided) {
		this.decided = decided;
	}

	/** Whether the Group approves or rejects it, rather than notes it. */
	public boolean isDecided() {
		return this.decided;
	}

}
