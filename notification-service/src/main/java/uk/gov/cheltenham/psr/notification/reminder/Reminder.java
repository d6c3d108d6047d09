package uk.gov.cheltenham.psr.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An occasion that was reminded of: the unique key (kind, subject, due date) makes a
 * second run of the job, a second instance or a redelivered event unable to remind of it
 * again. Its email is a delivery with this reminder's id.
 */
@Entity
@Table(name = "reminder")
public class Reminder {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private ReminderKind kind;

	private String subjectId;

	private LocalDate dueDate;

	private UUID entryId;

	@Enumerated(EnumType.STRING)
	private StaffRole role;

	private Instant createdAt;

	protected Reminder() {
		// for JPA
	}

	public UUID id() {
		return this.id;
	}

	public ReminderKind kind() {
		return this.kind;
	}

	public String subjectId() {
		return this.subjectId;
	}

	public LocalDate dueDate() {
		return this.dueDate;
	}

	public UUID entryId() {
		return this.entryId;
	}

	public StaffRole role() {
		return this.role;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
