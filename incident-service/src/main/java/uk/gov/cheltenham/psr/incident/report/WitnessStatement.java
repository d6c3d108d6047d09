package uk.gov.cheltenham.psr.incident.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One witness's statement about an incident (I2); kept once accepted. */
@Entity
@Table(name = "incident_witness_statement")
public class WitnessStatement {

	@Id
	private UUID id;

	private String witness;

	@Convert(converter = IncidentColumns.Statement.class)
	private String statement;

	private String recordedBy;

	private Instant recordedAt;

	protected WitnessStatement() {
		// for JPA
	}

	WitnessStatement(String witness, String statement, String recordedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.witness = witness;
		this.statement = statement;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
	}

	public UUID id() {
		return this.id;
	}

	public String witness() {
		return this.witness;
	}

	public String statement() {
		return this.statement;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

}
