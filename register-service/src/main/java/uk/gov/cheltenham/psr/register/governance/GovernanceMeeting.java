package uk.gov.cheltenham.psr.register.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.gov.cheltenham.psr.platform.domain.NotFound;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * A quarterly meeting of the Governance Group (R10, policy §4.7): one per quarter, its
 * agenda compiled before it, its decisions recorded at or after it, once per item.
 */
@Entity
@Table(name = "governance_meeting")
public class GovernanceMeeting {

	@Id
	private UUID id;

	@Version
	private Long version;

	private LocalDate meetingOn;

	private String quarter;

	private String scheduledBy;

	private LocalDate agendaCompiledOn;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "meeting_id", nullable = false)
	private List<AgendaItem> items = new ArrayList<>();

	protected GovernanceMeeting() {
		// for JPA
	}

	/** The quarter a day falls in, e.g. {@code 2027-Q2}. */
	public static String quarterOf(LocalDate day) {
		return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
	}

	public static GovernanceMeeting schedule(LocalDate meetingOn, boolean quarterTaken, String scheduledBy,
			LocalDate today) {
		if (meetingOn.isBefore(today)) {
			throw new RuleViolation("R10", "A meeting is scheduled for today or later");
		}
		if (quarterTaken) {
			throw new RuleViolation("R10",
					"The Governance Group meets quarterly; " + quarterOf(meetingOn) + " already has its meeting");
		}
		GovernanceMeeting meeting = new GovernanceMeeting();
		meeting.id = UUID.randomUUID();
		meeting.meetingOn = meetingOn;
		meeting.quarter = quarterOf(meetingOn);
		meeting.scheduledBy = scheduledBy;
		return meeting;
	}

	/**
	 * Puts on the agenda whatever is not on it yet; compiled (and brought up to date) up
	 * to the day of the meeting.
	 */
	public void compileAgenda(List<AgendaCandidate> candidates, LocalDate today) {
		if (today.isAfter(this.meetingOn)) {
			throw new RuleViolation("R10", "The agenda of a past meeting can no longer change");
		}
		candidates.stream()
			.filter((candidate) -> this.items.stream().noneMatch((item) -> item.isAbout(candidate)))
			.map(AgendaItem::new)
			.forEach(this.items::add);
		this.agendaCompiledOn = today;
	}

	/**
	 * Records the Group's decision on one item (R10): at or after the meeting, once, and
	 * approve/reject for what it decides, noted for what it is told.
	 */
	public AgendaItem decide(UUID itemId, GovernanceDecision decision, String minute, String decidedBy,
			LocalDate today) {
		AgendaItem item = this.items.stream()
			.filter((candidate) -> candidate.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new NotFound("Agenda item " + itemId));
		if (today.isBefore(this.meetingOn)) {
			throw new RuleViolation("R10", "Decisions are recorded at the meeting on " + this.meetingOn);
		}
		if (item.isDecided()) {
			throw new RuleViolation("R10", "This item was already decided: " + item.decision());
		}
		if (!decision.fits(item.kind())) {
			throw new RuleViolation("R10", item.kind().isDecided() ? "The Group approves or rejects a " + item.kind()
					: "The Group notes a " + item.kind() + "; it is not for approval");
		}
		item.decided(decision, minute, decidedBy, today);
		return item;
	}

	public UUID id() {
		return this.id;
	}

	public LocalDate meetingOn() {
		return this.meetingOn;
	}

	public String quarter() {
		return this.quarter;
	}

	public String scheduledBy() {
		return this.scheduledBy;
	}

	public LocalDate agendaCompiledOn() {
		return this.agendaCompiledOn;
	}

	public List<AgendaItem> items() {
		return List.copyOf(this.items);
	}

}
