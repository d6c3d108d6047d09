package uk.gov.cheltenham.psr.notification.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One occasion to remind a role of something, and the text of that reminder. The occasion
 * is identified by its kind (which includes the stage), its subject (an entry, appeal or
 * incident id, or a meeting date) and its due date: a changed review date is a new
 * occasion, the same one seen again is not.
 * <p>
 * The text is built here from ids, dates and the configured day counts, and nothing else
 * can reach it: the events this service learns from carry no name, address, phone, email
 * or narrative, and the factories take none (D1). The reader consults the register.
 *
 * @param entryId the register entry it concerns, if any: deleted with it on purge (R12)
 */
public record ReminderOccasion(ReminderKind kind, String subjectId, LocalDate dueDate, UUID entryId, String subject,
		String body) {

	private static final String SIGN_OFF = "\n\nThis reminder carries ids and dates only: please consult the "
			+ "Personal Safety Register for the details.\n";

	public ReminderOccasion {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subjectId, "subjectId");
		Objects.requireNonNull(dueDate, "dueDate");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(body, "body");
	}

	public StaffRole role() {
		return this.kind.role();
	}

	/** R9: the review of an entry falls due soon. */
	static ReminderOccasion reviewDue(UUID entryId, LocalDate reviewDue) {
		return new ReminderOccasion(ReminderKind.REVIEW_DUE, entryId.toString(), reviewDue, entryId,
				"Personal Safety Register: review of entry " + entryId + " due on " + reviewDue,
				"The review of register entry " + entryId + " is due on " + reviewDue + ".\n\n"
						+ "Please prepare it: new incidents since the last review, positive or neutral contacts, "
						+ "and, where the entry rests on personal circumstances, the raising team's justification "
						+ "for keeping it. The outcome goes to the Governance Group (R9)." + SIGN_OFF);
	}

	/** R9: the review date passed without a review; escalated. */
	static ReminderOccasion reviewOverdue(UUID entryId, LocalDate reviewDue) {
		return new ReminderOccasion(ReminderKind.REVIEW_OVERDUE, entryId.toString(), reviewDue, entryId,
				"Personal Safety Register: review of entry " + entryId + " overdue since " + reviewDue,
				"The review of register entry " + entryId + " was due on " + reviewDue
						+ " and has not been recorded.\n\n"
						+ "Overdue reviews are escalated to you: nothing may stay on the register without a "
						+ "review at least every six months (R9)." + SIGN_OFF);
	}

	/** R11: an appeal has waited longer than {@code days} days for a decision. */
	static ReminderOccasion appealWaiting(UUID appealId, UUID entryId, LocalDate lodgedOn, int days) {
		return new ReminderOccasion(ReminderKind.APPEAL_WAITING, appealId.toString(), lodgedOn.plusDays(days), entryId,
				"Personal Safety Register: appeal " + appealId + " waiting since " + lodgedOn,
				"Appeal " + appealId + " against register entry " + entryId + ", lodged on " + lodgedOn
						+ ", has waited more than " + days + " days for a decision.\n\n"
						+ "The entry and its restrictions stay in force, noted \"appeal in progress\", until the "
						+ "appeal is decided (R11)." + SIGN_OFF);
	}

	/** I11: an incident has waited longer than {@code workingDays} for its review. */
	static ReminderOccasion incidentReviewWaiting(UUID incidentId, UUID linkedEntryId, LocalDate reportedOn,
			LocalDate reviewDueBy, int workingDays) {
		return new ReminderOccasion(ReminderKind.INCIDENT_REVIEW_WAITING, incidentId.toString(), reviewDueBy,
				linkedEntryId,
				"Personal Safety Register: incident " + incidentId + " awaiting review since " + reportedOn,
				"Incident " + incidentId + ", reported on " + reportedOn + ", has waited more than " + workingDays
						+ " working days for its review (due by " + reviewDueBy + ").\n\n"
						+ "Please have it reviewed by a manager who was not involved: not the reporter, the "
						+ "person affected, a witness or the officer who dealt with the customer (I9, I11)."
						+ SIGN_OFF);
	}

	/**
	 * R10: a Governance Group meeting is near; the agenda lists the entries due for
	 * review by then.
	 */
	static ReminderOccasion governanceAgenda(LocalDate meeting, int daysBefore, List<UUID> entriesDueForReview) {
		String entries = entriesDueForReview.isEmpty() ? "none" : entriesDueForReview.size() + "\n"
				+ entriesDueForReview.stream().map((id) -> "  - entry " + id).collect(Collectors.joining("\n"));
		return new ReminderOccasion(ReminderKind.GOVERNANCE_AGENDA, meeting.toString(), meeting, null,
				"Personal Safety Register: Governance Group meeting on " + meeting,
				"The Governance Group meets on " + meeting + ", in " + daysBefore + " days or fewer.\n\n"
						+ "Please prepare its agenda: the review outcomes and removals for approval, with the "
						+ "evidence (R10). Entries whose review falls due by the meeting: " + entries + SIGN_OFF);
	}

}
