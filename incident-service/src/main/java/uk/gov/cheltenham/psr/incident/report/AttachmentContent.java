package uk.gov.cheltenham.psr.incident.report;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored bytes of one attachment, read only when it is downloaded. */
@Entity
@Table(name = "incident_attachment_content")
class AttachmentContent {

	@Id
	private UUID attachmentId;

	private byte[] content;

	protected AttachmentContent() {
		// for JPA
	}

	AttachmentContent(UUID attachmentId, byte[] content) {
		this.attachmentId = attachmentId;
		this.content = content;
	}

	byte[] content() {
		return this.content;
	}

}
