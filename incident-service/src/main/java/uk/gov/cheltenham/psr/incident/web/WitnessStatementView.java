package uk.gov.cheltenham.psr.incident.web;

import java.time.Instant;
import java.util.UUID;

import uk.gov.cheltenham.psr.incident.report.WitnessStatement;

/** A recorded witness statement, as shown to the reporter and managers. */
record WitnessStatementView(UUID id, String witness, String statement, String recordedBy, Instant recordedAt) {

	static WitnessStatementView of(WitnessStatement statement) {
		return new WitnessStatementView(statement.id(), statement.witness(), statement.statement(),
				statement.recordedBy(), statement.recordedAt());
	}

}
