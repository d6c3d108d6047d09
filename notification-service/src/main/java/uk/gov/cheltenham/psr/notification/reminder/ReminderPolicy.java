package uk.gov.cheltenham.psr.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * When each reminder is due (M4), from the configured day counts and meeting dates. Days
 * are the council's (Europe/London); a reminder is due on a day, so the job may run at
 * any hour and as often as it likes.
 * <ul>
 * <li>review: from {@code reviewDueWithinDays} before the review date up to that date, a
 * "due" reminder; after it, an "overdue" one (R9);</li>
 * <li>appeal: once it has waited more than {@code appealWaitingDays} (R11);</li>
 * <li>incident: on the first working day after {@code incidentReviewWorkingDays} working
 * days without a review, weekends excluded, as incident-service counts overdue
 * (I11);</li>
 * <li>Governance Group: from {@code agendaDaysBeforeMeeting} before each configured
 * meeting up to the meeting day (R10).</li>
 * </ul>
 */
public final class ReminderPolicy {

	/** Days are counted as the council's staff see them. */
	public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

	private final int reviewDueWithinDays;

	private final int appealWaitingDays;

	private final int incidentReviewWorkingDays;

	private final int agendaDaysBeforeMeeting;

	private final List<LocalDate> meetings;

	/**
	 * @throws IllegalArgumentException if a day count is out of range
	 */
	public ReminderPolicy(int reviewDueWithinDays, int appealWaitingDays, int incidentReviewWorkingDays,
			int agendaDaysBeforeMeeting, List<LocalDate> meetings) {
		requireAtLeast("review-due-within-days", reviewDueWithinDays, 0);
		requireAtLeast("appeal-waiting-days", appealWaitingDays, 1);
		requireAtLeast("incident-review-working-days", incidentReviewWorkingDays, 1);
		requireAtLeast("agenda-days-before-meeting", agendaDaysBeforeMeeting, 0);
		this.reviewDueWithinDays = reviewDueWithinDays;
		this.appealWaitingDays = appealWaitingDays;
		this.incidentReviewWorkingDays = incidentReviewWorkingDays;
		this.agendaDaysBeforeMeeting = agendaDaysBeforeMeeting;
		this.meetings = meetings.stream().sorted().distinct().toList();
	}

	private static void requireAtLeast(String name, int value, int minimum) {
		if (value < minimum) {
			throw new IllegalArgumentException(name + " must be at least " + minimum + ", not " + value);
		}
	}

	public LocalDate today(Instant now) {
		return councilDay(now);
	}

	/** Every entry to be reminded of today has its review due on or before this day. */
	public LocalDate reviewsDueBy(LocalDate today) {
		return today.plusDays(this.reviewDueWithinDays);
	}

	/** R9: the reminder due today for an entry reviewed on {@code reviewDue}, if any. */
	public Optional<ReminderOccasion> review(UUID entryId, LocalDate reviewDue, LocalDate today) {
		if (today.isAfter(reviewDue)) {
			return Optional.of(ReminderOccasion.reviewOverdue(entryId, reviewDue));
		}
		if (!reviewDue.isAfter(reviewsDueBy(today))) {
			return Optional.of(ReminderOccasion.reviewDue(entryId, reviewDue));
		}
		return Optional.empty();
	}

	/**
	 * Every appeal or incident to be reminded of today was lodged or reported before this
	 * instant, so a query can narrow the candidates.
	 */
	public Instant waitingSinceBefore(LocalDate today) {
		int shortest = Math.min(this.appealWaitingDays, this.incidentReviewWorkingDays);
		return today.minusDays(shortest).atStartOfDay(COUNCIL_ZONE).toInstant();
	}

	/** R11: the reminder due today for an appeal lodged at {@code lodgedAt}, if any. */
	public Optional<ReminderOccasion> appeal(UUID appealId, UUID entryId, Instant lodgedAt, LocalDate today) {
		LocalDate lodgedOn = councilDay(lodgedAt);
		if (today.isAfter(lodgedOn.plusDays(this.appealWaitingDays))) {
			return Optional.of(ReminderOccasion.appealWaiting(appealId, entryId, lodgedOn, this.appealWaitingDays));
		}
		return Optional.empty();
	}

	/**
	 * I11: the reminder due today for an incident reported at {@code reportedAt}, if any.
	 */
	public Optional<ReminderOccasion> incident(UUID incidentId, UUID linkedEntryId, Instant reportedAt,
			LocalDate today) {
		LocalDate reportedOn = councilDay(reportedAt);
		LocalDate reviewDueBy = WorkingDays.after(reportedOn, this.incidentReviewWorkingDays);
		if (!today.isBefore(WorkingDays.after(reportedOn, this.incidentReviewWorkingDays + 1))) {
			return Optional.of(ReminderOccasion.incidentReviewWaiting(incidentId, linkedEntryId, reportedOn,
					reviewDueBy, this.incidentReviewWorkingDays));
		}
		return Optional.empty();
	}

	/** R10: the configured meetings whose agenda reminder is due today. */
	public List<LocalDate> meetingsToPrepare(LocalDate today) {
		return this.meetings.stream()
			.filter((meeting) -> !today.isAfter(meeting)
					&& !today.isBefore(meeting.minusDays(this.agendaDaysBeforeMeeting)))
			.toList();
	}

	/** R10: the agenda reminder for {@code meeting}. */
	public ReminderOccasion agenda(LocalDate meeting, List<UUID> entriesDueForReview) {
		return ReminderOccasion.governanceAgenda(meeting, this.agendaDaysBeforeMeeting, entriesDueForReview);
	}

	public List<LocalDate> meetings() {
		return this.meetings;
	}

	private static LocalDate councilDay(Instant instant) {
		return instant.atZone(COUNCIL_ZONE).toLocalDate();
	}

}
