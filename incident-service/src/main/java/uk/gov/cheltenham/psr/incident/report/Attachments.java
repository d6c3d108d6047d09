package uk.gov.cheltenham.psr.incident.report;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Attachments extends CrudRepository<Attachment, UUID> {

	List<Attachment> findByIncidentIdOrderByUploadedAtAsc(UUID incidentId);

	Optional<Attachment> findByIdAndIncidentId(UUID id, UUID incidentId);

}
