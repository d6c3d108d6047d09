package uk.gov.cheltenham.psr.register.task;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * Something the CRO must look at and complete with a recorded outcome. It carries ids and
 * non-personal facts only; the CRO reads the rest where it is kept.
 */
@Entity
@Table(name = "cro_task")
public class CroTask {

	@Id
	private UUID id;

	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	private TaskKind kind;

	private String sourceKey;

	private UUID entryId;

	private UUID incidentId;

	private UUID referenceId;

	private String detail;

	@Enumerated(EnumType.STRING)
	private TaskStatus status;

	private Instant createdAt;

	private String completedBy;

	private Instant completedAt;

	private String outcome;

	protected CroTask() {
		// for JPA
	}

	CroTask(TaskKind kind, String sourceKey, TaskSubject subject, String detail, Instant now) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.sourceKey = sourceKey;
		this.entryId = subject.entryId();
		this.incidentId = subject.incidentId();
		this.referenceId = subject.referenceId();
		this.detail = detail;
		this.status = TaskStatus.OPEN;
		this.createdAt = now;
	}

	/** The CRO completes the task with what was done; a task is completed once. */
	public void complete(String by, String outcome, Instant now) {
		if (this.status != TaskStatus.OPEN) {
			throw new RuleViolation(this.kind.rule(), "This task was already completed");
		}
		if (outcome == null || outcome.isBlank()) {
			throw new RuleViolation(this.kind.rule(), "Completing a task needs a recorded outcome");
		}
		this.status = TaskStatus.DONE;
		this.completedBy = by;
		this.completedAt = now;
		this.outcome = outcome;
	}

	public UUID id() {
		return this.id;
	}

	public TaskKind kind() {
		return this.kind;
	}

	public String sourceKey() {
		return this.sourceKey;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public UUID incidentId() {
		return this.incidentId;
	}

	public UUID referenceId() {
		return this.referenceId;
	}

	public String detail() {
		return this.detail;
	}

	public TaskStatus status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String completedBy() {
		return this.completedBy;
	}

	public Instant completedAt() {
		return this.completedAt;
	}

	public String outcome() {
		return this.outcome;
	}

	public enum TaskStatus {

		OPEN, DONE

	}

	/** The ids a task is about; any may be absent. */
	public record TaskSubject(UUID entryId, UUID incidentId, UUID referenceId) {
	}

}
