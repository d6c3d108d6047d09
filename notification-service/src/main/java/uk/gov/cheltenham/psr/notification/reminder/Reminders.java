package uk.gov.cheltenham.psr.notification.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.notification.delivery.Deliveries;
import uk.gov.cheltenham.psr.notification.delivery.DeliveriesQueued;
import uk.gov.cheltenham.psr.notification.delivery.Delivery;
import uk.gov.cheltenham.psr.notification.delivery.TeamNotice;

/**
 * Application service for reminders (M4): keeps track of what is pending as register and
 * incident events arrive, tells which occasions are due on a day, and raises each
 * occasion once: its row and its email delivery are written in one transaction, and the
 * notification sender sends the email.
 */
@Service
public class Reminders {

	private final TrackedReviews reviews;

	private final WaitingAppeals appeals;

	private final WaitingIncidents incidents;

	private final ReminderLog log;

	private final Deliveries deliveries;

	private final JdbcTemplate jdbc;

	private final ReminderPolicy policy;

	private final ReminderMailboxes mailboxes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public Reminders(TrackedReviews reviews, WaitingAppeals appeals, WaitingIncidents incidents, ReminderLog log,
			Deliveries deliveries, JdbcTemplate jdbc, ReminderPolicy policy, ReminderMailboxes mailboxes,
			ApplicationEventPublisher events, Clock clock) {
		this.reviews = reviews;
		this.appeals = appeals;
		this.incidents = incidents;
		this.log = log;
		this.deliveries = deliveries;
		this.jdbc = jdbc;
		this.policy = policy;
		this.mailboxes = mailboxes;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An entry's next review is on {@code reviewDue} (EntryOpened, EntryReviewed,
	 * EntryExtended); an older event than the one already applied changes nothing.
	 */
	@Transactional
	public void reviewScheduled(UUID entryId, LocalDate reviewDue, Instant asOf) {
		this.reviews.schedule(entryId, reviewDue, asOf);
	}

	/** An entry has no review ahead (a review without a next date). */
	@Transactional
	public void reviewEnded(UUID entryId) {
		this.reviews.deleteByEntryId(entryId);
	}

	/** An entry left the register (R12): no more review or appeal reminders for it. */
	@Transactional
	public void entryRemoved(UUID entryId) {
		this.reviews.deleteByEntryId(entryId);
		this.appeals.deleteByEntryId(entryId);
	}

	@Transactional
	public void appealLodged(UUID appealId, UUID entryId, Instant lodgedAt) {
		this.appeals.lodged(appealId, entryId, lodgedAt);
	}

	@Transactional
	public void appealDecided(UUID appealId) {
		this.appeals.deleteByAppealId(appealId);
	}

	@Transactional
	public void incidentReported(UUID incidentId, Instant reportedAt, UUID linkedEntryId) {
		// JDBC: the linked entry is often null, which a native JPA query cannot type
		this.jdbc.update("""
				insert into reminder_incident (incident_id, reported_at, linked_entry_id) values (?, ?, ?)
				on conflict (incident_id) do nothing""", incidentId, Timestamp.from(reportedAt), linkedEntryId);
	}

	@Transactional
	public void incidentReviewed(UUID incidentId) {
		this.incidents.deleteByIncidentId(incidentId);
	}

	/**
	 * Deletes everything this service keeps about a purged entry: what is tracked and the
	 * reminders of it, with their deliveries (R12, D5).
	 */
	@Transactional
	public void purge(UUID entryId) {
		this.reviews.deleteByEntryId(entryId);
		this.appeals.deleteByEntryId(entryId);
		this.incidents.deleteByLinkedEntryId(entryId);
		this.log.deleteByEntryId(entryId);
	}

	/** Every occasion due on {@code today}, whether already reminded of or not. */
	@Transactional(readOnly = true)
	public List<ReminderOccasion> dueOn(LocalDate today) {
		List<ReminderOccasion> due = new ArrayList<>();
		for (TrackedReview review : this.reviews
			.findByReviewDueLessThanEqualOrderByReviewDueAscEntryIdAsc(this.policy.reviewsDueBy(today))) {
			this.policy.review(review.entryId(), review.reviewDue(), today).ifPresent(due::add);
		}
		Instant waitingSince = this.policy.waitingSinceBefore(today);
		for (WaitingAppeal appeal : this.appeals.findByLodgedAtBeforeOrderByLodgedAtAsc(waitingSince)) {
			this.policy.appeal(appeal.appealId(), appeal.entryId(), appeal.lodgedAt(), today).ifPresent(due::add);
		}
		for (WaitingIncident incident : this.incidents.findByReportedAtBeforeOrderByReportedAtAsc(waitingSince)) {
			this.policy.incident(incident.incidentId(), incident.linkedEntryId(), incident.reportedAt(), today)
				.ifPresent(due::add);
		}
		for (LocalDate meeting : this.policy.meetingsToPrepare(today)) {
			List<UUID> dueForReview = this.reviews.findByReviewDueLessThanEqualOrderByReviewDueAscEntryIdAsc(meeting)
				.stream()
				.map(TrackedReview::entryId)
				.toList();
			due.add(this.policy.agenda(meeting, dueForReview));
		}
		return due;
	}

	/**
	 * Reminds of {@code occasion} unless it was reminded of before: records it and writes
	 * its email delivery to the role's mailbox, in one transaction.
	 * @return whether it was raised now
	 */
	@Transactional
	public boolean raise(ReminderOccasion occasion) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		int recorded = this.jdbc.update("""
				insert into reminder (id, kind, subject_id, due_date, entry_id, role, created_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (kind, subject_id, due_date) do nothing""", id,
				occasion.kind().name(), occasion.subjectId(), occasion.dueDate(), occasion.entryId(),
				occasion.role().name(), Timestamp.from(now));
		if (recorded == 0) {
			return false;
		}
		this.deliveries.save(Delivery.intendReminder(id, occasion.entryId(), this.mailboxes.of(occasion.role()),
				new TeamNotice(occasion.subject(), occasion.body()), now));
		this.events.publishEvent(new DeliveriesQueued(1));
		return true;
	}

	/** The latest 200 reminders raised, each with its email delivery. */
	@Transactional(readOnly = true)
	public List<RaisedReminder> recent() {
		List<Reminder> recent = this.log.findTop200ByOrderByCreatedAtDesc();
		Map<UUID, Delivery> deliveries = this.deliveries.findByReminderIdIn(recent.stream().map(Reminder::id).toList())
			.stream()
			.collect(Collectors.toMap(Delivery::reminderId, Function.identity()));
		return recent.stream().map((reminder) -> new RaisedReminder(reminder, deliveries.get(reminder.id()))).toList();
	}

	public LocalDate today() {
		return this.policy.today(this.clock.instant());
	}

}
