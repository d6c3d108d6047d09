package uk.gov.cheltenham.psr.incident.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface Incidents extends CrudRepository<Incident, UUID> {

	List<Incident> findByReportedByOrReportedOnBehalfOfOrderByReportedAtDesc(String reportedBy,
			String reportedOnBehalfOf);

	List<Incident> findByStatusOrderByReportedAtAsc(IncidentStatus status);

	List<Incident> findByStatusAndReportedAtBeforeOrderByReportedAtAsc(IncidentStatus status, Instant reportedBefore);

}
