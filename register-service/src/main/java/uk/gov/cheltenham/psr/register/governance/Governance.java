package uk.gov.cheltenham.psr.register.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.register.appeal.Appeals;
import uk.gov.cheltenham.psr.register.entry.Entries;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.register.review.EntryReview;
import uk.gov.cheltenham.psr.register.review.ReviewOutcome;
import uk.gov.cheltenham.psr.register.review.Reviews;

/**
 * Application service of the Governance Group (R10): schedules meetings, compiles their
 * agendas from the register, reviews and appeals, and carries each decision through to
 * the review or entry it is about, in one transaction with the minute.
 */
@Service
public class Governance {

	private final GovernanceMeetings meetings;

	private final Register register;

	private final Entries entries;

	private final Reviews reviews;

	private final Appeals appeals;

	private final ExtensionsToReport extensions;

	private final Clock clock;

	Governance(GovernanceMeetings meetings, Register register, Entries entries, Reviews reviews, Appeals appeals,
			ExtensionsToReport extensions, Clock clock) {
		this.meetings = meetings;
		this.register = register;
		this.entries = entries;
		this.reviews = reviews;
		this.appeals = appeals;
		this.extensions = extensions;
		this.clock = clock;
	}

	@Transactional
	public GovernanceMeeting schedule(LocalDate meetingOn, String scheduledBy) {
		boolean quarterTaken = this.meetings.existsByQuarter(GovernanceMeeting.quarterOf(meetingOn));
		return this.meetings.save(GovernanceMeeting.schedule(meetingOn, quarterTaken, scheduledBy, today()));
	}

	/**
	 * The agenda: review outcomes and removals to decide; entries whose review falls due
	 * by the meeting (or is overdue), appeals in progress and extensions to note.
	 */
	@Transactional
	public GovernanceMeeting compileAgenda(UUID meetingId) {
		GovernanceMeeting meeting = find(meetingId);
		meeting.compileAgenda(candidatesFor(meeting.meetingOn()), today());
		return this.meetings.save(meeting);
	}

	private List<AgendaCandidate> candidatesFor(LocalDate meetingOn) {
		List<EntryReview> awaiting = this.reviews.awaitingGovernance();
		Set<UUID> reviewAwaited = awaiting.stream().map(EntryReview::entryId).collect(Collectors.toSet());
		Set<UUID> removalReviewAwaited = awaiting.stream()
			.filter((review) -> review.outcome() == ReviewOutcome.REMOVE)
			.map(EntryReview::entryId)
			.collect(Collectors.toSet());
		List<AgendaCandidate> candidates = new ArrayList<>();
		awaiting.forEach((review) -> candidates
			.add(new AgendaCandidate(AgendaItemKind.REVIEW_OUTCOME, review.entryId(), review.id())));
		for (Entry entry : this.register.active()) {
			if (entry.isRemovalAwaitingApproval() && !removalReviewAwaited.contains(entry.id())) {
				candidates.add(new AgendaCandidate(AgendaItemKind.REMOVAL, entry.id(), entry.id()));
			}
			if (!entry.reviewDue().isAfter(meetingOn) && !reviewAwaited.contains(entry.id())) {
				candidates.add(new AgendaCandidate(AgendaItemKind.REVIEW_DUE, entry.id(), entry.id()));
			}
		}
		this.appeals.inProgress()
			.forEach((appeal) -> candidates
				.add(new AgendaCandidate(AgendaItemKind.APPEAL, appeal.entryId(), appeal.id())));
		candidates.addAll(this.extensions.unreported());
		return candidates;
	}

	/**
	 * Records the Group's decision on an item and carries it through (R10): an approved
	 * removal removes the entry, a rejected one leaves it in force; a review's outcome is
	 * approved or rejected with it.
	 */
	@Transactional
	public AgendaItem decide(UUID meetingId, UUID itemId, GovernanceDecision decision, String minute,
			String decidedBy) {
		GovernanceMeeting meeting = find(meetingId);
		AgendaItem item = meeting.decide(itemId, decision, minute, decidedBy, today());
		boolean approved = decision == GovernanceDecision.APPROVED;
		switch (item.kind()) {
			case REVIEW_OUTCOME -> this.reviews.decide(item.subjectId(), approved);
			case REMOVAL -> decideRemoval(item.entryId(), approved);
			default -> {
				// noted: nothing to carry through
			}
		}
		this.meetings.save(meeting);
		return item;
	}

	private void decideRemoval(UUID entryId, boolean approved) {
		if (approved) {
			this.register.approveRemoval(entryId);
			return;
		}
		Entry entry = this.register.find(entryId);
		entry.withdrawRemovalDecision();
		this.entries.save(entry);
	}

	@Transactional(readOnly = true)
	public GovernanceMeeting find(UUID meetingId) {
		return this.meetings.findById(meetingId).orElseThrow(() -> new NotFound("Meeting " + meetingId));
	}

	@Transactional(readOnly = true)
	public List<GovernanceMeeting> meetings() {
		return this.meetings.findAllByOrderByMeetingOnAsc();
	}

	/** The agenda with what the Group needs to see for each item. */
	@Transactional(readOnly = true)
	public List<AgendaLine> agenda(UUID meetingId) {
		return find(meetingId).items().stream().map(this::lineFor).toList();
	}

	private AgendaLine lineFor(AgendaItem item) {
		return switch (item.kind()) {
			case REVIEW_OUTCOME -> new AgendaLine(item, Optional.of(this.reviews.find(item.subjectId())),
					Optional.empty(), Optional.empty(), Optional.empty());
			case REVIEW_DUE, REMOVAL -> new AgendaLine(item, Optional.empty(),
					Optional.of(this.reviews.evidence(item.entryId())), Optional.empty(), Optional.empty());
			case APPEAL -> new AgendaLine(item, Optional.empty(), Optional.empty(),
					Optional.of(this.appeals.find(item.subjectId())), Optional.empty());
			case EXTENSION -> new AgendaLine(item, Optional.empty(), Optional.empty(), Optional.empty(),
					Optional.of(this.extensions.find(item.subjectId())));
		};
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
