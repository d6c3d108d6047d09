package uk.gov.cheltenham.psr.notification.reminder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface WaitingIncidents extends Repository<WaitingIncident, UUID> {

	List<WaitingIncident> findByReportedAtBeforeOrderByReportedAtAsc(Instant before);

	@Modifying
	@Query("delete from WaitingIncident i where i.incidentId = :incidentId")
	int deleteByIncidentId(@Param("incidentId") UUID incidentId);

	@Modifying
	@Query("delete from WaitingIncident i where i.linkedEntryId = :entryId")
	int deleteByLinkedEntryId(@Param("entryId") UUID entryId);

}
