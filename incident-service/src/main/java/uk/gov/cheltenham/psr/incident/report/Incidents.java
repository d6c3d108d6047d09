package uk.gov.cheltenham.psr.incident.report;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface Incidents extends CrudRepository<Incident, UUID> {

	List<Incident> findByReportedByOrderByReportedAtDesc(String reportedBy);

	List<Incident> findByStatusOrderByReportedAtAsc(IncidentStatus status);

}
