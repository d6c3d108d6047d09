package uk.gov.cheltenham.psr.register.governance;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item on a meeting's agenda and the Group's decision on it, once made (R10). */
@Entity
@Table(name = "governance_agenda_item")
public class AgendaItem {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private AgendaItemKind kind;

	private UUID entryId;

	private UUID subjectId;

	@Enumerated(EnumType.STRING)
	private GovernanceDecision decision;

	private String minute;

	private String decidedBy;

	private LocalDate decidedOn;

	protected AgendaItem() {
		// for JPA
	}

	AgendaItem(AgendaCandidate candidate) {
		this.id = UUID.randomUUID();
		this.kind = candidate.kind();
		this.entryId = candidate.entryId();
		this.subjectId = candidate.subjectId();
	}

	boolean isAbout(AgendaCandidate candidate) {
		return this.kind == candidate.kind() && this.subjectId.equals(candidate.subjectId());
	}

	void decided(GovernanceDecision decision, String minute, String decidedBy, LocalDate today) {
		this.decision = decision;
		this.minute = minute;
		this.decidedBy = decidedBy;
		this.decidedOn = today;
	}

	public boolean isDecided() {
		return this.decision != null;
	}

	public UUID id() {
		return this.id;
	}

	public AgendaItemKind kind() {
		return this.kind;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public UUID subjectId() {
		return this.subjectId;
	}

	public GovernanceDecision decision() {
		return this.decision;
	}

	public String minute() {
		return this.minute;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

}
