package uk.gov.cheltenham.psr.incident.report;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.incident.review.ReviewDecision;
import uk.gov.cheltenham.psr.platform.domain.NotFound;

/** Application service: reports and reviews, each in one transaction with its events. */
@Service
public class IncidentIntake {

	private final Incidents incidents;

	private final Clock clock;

	public IncidentIntake(Incidents incidents, Clock clock) {
		this.incidents = incidents;
		this.clock = clock;
	}

	@Transactional
	public Incident report(IncidentDraft draft, String reportedBy) {
		return this.incidents.save(Incident.report(draft, reportedBy, this.clock.instant()));
	}

	@Transactional
	public Incident review(UUID incidentId, String reviewer, ReviewDecision decision) {
		Incident incident = find(incidentId);
		incident.review(reviewer, decision, this.clock.instant());
		return this.incidents.save(incident);
	}

	@Transactional(readOnly = true)
	public Incident find(UUID incidentId) {
		return this.incidents.findById(incidentId).orElseThrow(() -> new NotFound("Incident " + incidentId));
	}

	@Transactional(readOnly = true)
	public List<Incident> reportedBy(String reporter) {
		return this.incidents.findByReportedByOrderByReportedAtDesc(reporter);
	}

	@Transactional(readOnly = true)
	public List<Incident> awaitingReview() {
		return this.incidents.findByStatusOrderByReportedAtAsc(IncidentStatus.AWAITING_REVIEW);
	}

}
