package uk.gov.cheltenham.psr.incident.report;

public enum IncidentStatus {

	AWAITING_REVIEW, REVIEWED

}
