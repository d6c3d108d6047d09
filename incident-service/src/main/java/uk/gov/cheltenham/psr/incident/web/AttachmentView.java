package uk.gov.cheltenham.psr.incident.web;

import java.time.Instant;
import java.util.UUID;

import uk.gov.cheltenham.psr.incident.report.Attachment;
import uk.gov.cheltenham.psr.incident.report.AttachmentType;

/** An attachment's metadata (I2); the bytes are fetched separately. */
record AttachmentView(UUID id, UUID incidentId, AttachmentType type, String fileName, String contentType,
		long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

	static AttachmentView of(Attachment attachment) {
		return new AttachmentView(attachment.id(), attachment.incidentId(), attachment.type(), attachment.fileName(),
				attachment.contentType(), attachment.sizeBytes(), attachment.sha256(), attachment.uploadedBy(),
				attachment.uploadedAt());
	}

}
