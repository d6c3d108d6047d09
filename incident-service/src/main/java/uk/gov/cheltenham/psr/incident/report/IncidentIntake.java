package uk.gov.cheltenham.psr.incident.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.incident.audit.PersonalDataAudit;
import uk.gov.cheltenham.psr.incident.entry.RegisterEntries;
import uk.gov.cheltenham.psr.incident.review.ReviewDeadline;
import uk.gov.cheltenham.psr.incident.review.ReviewDecision;
import uk.gov.cheltenham.psr.platform.domain.NotFound;

/** Application service: reports and reviews, each in one transaction with its events. */
@Service
public class IncidentIntake {

	private final Incidents incidents;

	private final SubmissionKeys submissionKeys;

	private final Clock clock;

	private final ReviewDeadline reviewDeadline;

	private final RegisterEntries registerEntries;

	private final PersonalDataAudit audit;

	IncidentIntake(Incidents incidents, SubmissionKeys submissionKeys, RegisterEntries registerEntries, Clock clock,
			ReviewDeadline reviewDeadline, PersonalDataAudit audit) {
		this.incidents = incidents;
		this.audit = audit;
		this.submissionKeys = submissionKeys;
		this.registerEntries = registerEntries;
		this.clock = clock;
		this.reviewDeadline = reviewDeadline;
	}

	@Transactional
	public Incident report(IncidentDraft draft, String reportedBy) {
		return reported(
				this.incidents.save(Incident.report(draft, reportedBy, this.clock.instant(), this::isOnRegister)));
	}

	private Incident reported(Incident incident) {
		this.audit.changed("CREATE", PersonalDataAudit.INCIDENT, incident.id(), "I1 incident report", null);
		return incident;
	}

	/**
	 * Reports once per (caller, idempotency key): a retry with the same key and the same
	 * report gets the first incident back; the key is claimed in the incident's own
	 * transaction, so two concurrent calls cannot both store one.
	 * @throws IdempotencyKeyReused if the key was used for a different report
	 */
	@Transactional
	public Submitted report(IncidentDraft draft, String reportedBy, String idempotencyKey) {
		Instant now = this.clock.instant();
		Incident incident = Incident.report(draft, reportedBy, now, this::isOnRegister);
		String fingerprint = draft.fingerprint();
		if (this.submissionKeys.claim(reportedBy, idempotencyKey, fingerprint, incident.id(), now)) {
			return new Submitted(reported(this.incidents.save(incident)), false);
		}
		SubmissionKeys.Submission first = this.submissionKeys.find(reportedBy, idempotencyKey)
			.orElseThrow(() -> new IllegalStateException("claimed key not found"));
		if (!first.fingerprint().equals(fingerprint)) {
			throw new IdempotencyKeyReused();
		}
		return new Submitted(find(first.incidentId()), true);
	}

	private boolean isOnRegister(UUID entryId) {
		return this.registerEntries.isOnRegister(entryId);
	}

	@Transactional
	public Incident review(UUID incidentId, String reviewer, ReviewDecision decision) {
		Incident incident = find(incidentId);
		incident.review(reviewer, decision, this.clock.instant(), this::isOnRegister);
		this.audit.changed("CHANGE", PersonalDataAudit.INCIDENT, incidentId, "I9 independent review", "review");
		return this.incidents.save(incident);
	}

	/**
	 * Adds a witness statement (I2); the caller's right to add it is checked at the edge.
	 */
	@Transactional
	public WitnessStatement addWitnessStatement(UUID incidentId, String witness, String statement, String recordedBy) {
		Incident incident = find(incidentId);
		// managed: the new statement is persisted (and the incident's version bumped) at
		// commit
		WitnessStatement added = incident.addWitnessStatement(witness, statement, recordedBy, this.clock.instant());
		this.audit.changed("CHANGE", PersonalDataAudit.INCIDENT, incidentId, "I2 evidence",
				"witnessStatement=" + added.id());
		return added;
	}

	/**
	 * The incident's witness statements (I2); the caller's right to read them is checked
	 * at the edge.
	 */
	@Transactional(readOnly = true)
	public List<WitnessStatement> witnessStatements(UUID incidentId) {
		return find(incidentId).witnessStatements();
	}

	@Transactional(readOnly = true)
	public Incident find(UUID incidentId) {
		return this.incidents.findById(incidentId).orElseThrow(() -> new NotFound("Incident " + incidentId));
	}

	/**
	 * Reports the person submitted, or that a colleague submitted on their behalf (I3).
	 */
	@Transactional(readOnly = true)
	public List<Incident> reportedBy(String reporter) {
		return this.incidents.findByReportedByOrReportedOnBehalfOfOrderByReportedAtDesc(reporter, reporter);
	}

	@Transactional(readOnly = true)
	public List<Incident> awaitingReview() {
		return this.incidents.findByStatusOrderByReportedAtAsc(IncidentStatus.AWAITING_REVIEW);
	}

	/** Incidents waiting for review longer than the configured working days (I11). */
	@Transactional(readOnly = true)
	public List<OverdueReview> overdueReviews() {
		Instant now = this.clock.instant();
		return this.incidents
			.findByStatusAndReportedAtBeforeOrderByReportedAtAsc(IncidentStatus.AWAITING_REVIEW,
					this.reviewDeadline.overdueCandidatesReportedBefore(now))
			.stream()
			.filter((incident) -> this.reviewDeadline.isOverdue(incident.reportedAt(), now))
			.map((incident) -> new OverdueReview(incident,
					this.reviewDeadline.workingDaysWaiting(incident.reportedAt(), now),
					this.reviewDeadline.reviewDueBy(incident.reportedAt())))
			.toList();
	}

}
