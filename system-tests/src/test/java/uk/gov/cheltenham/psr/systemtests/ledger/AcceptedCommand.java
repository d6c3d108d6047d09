package uk.gov.cheltenham.psr.systemtests.ledger;

/**
 * A command the system accepted (HTTP 2xx): an incident reported and reviewed as a
 * register entry, naming one customer reference for the housing team.
 *
 * @param reference the housing team's customer reference, unique to this command
 * @param incidentId the incident the report created
 */
record AcceptedCommand(String reference, String incidentId) {

	/** The key of the command's marker on the compacted marker topic. */
	String markerKey() {
		return LedgerDriver.TEAM + ":" + this.reference;
	}

}
