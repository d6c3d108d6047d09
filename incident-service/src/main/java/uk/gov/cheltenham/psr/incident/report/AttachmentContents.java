package uk.gov.cheltenham.psr.incident.report;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AttachmentContents extends CrudRepository<AttachmentContent, UUID> {

}
