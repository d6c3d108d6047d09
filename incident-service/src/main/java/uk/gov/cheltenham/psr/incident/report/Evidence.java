package uk.gov.cheltenham.psr.incident.report;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.incident.audit.PersonalDataAudit;
import uk.gov.cheltenham.psr.platform.domain.NotFound;

/**
 * Attachments to incident reports (I2): checked against the evidence policy, stored
 * durably with their checksum, and verified on every read. Who may attach or read is
 * checked at the edge.
 */
@Service
public class Evidence {

	private final Incidents incidents;

	private final Attachments attachments;

	private final AttachmentContents contents;

	private final EvidencePolicy policy;

	private final Clock clock;

	private final PersonalDataAudit audit;

	Evidence(Incidents incidents, Attachments attachments, AttachmentContents contents, EvidencePolicy policy,
			Clock clock, PersonalDataAudit audit) {
		this.audit = audit;
		this.incidents = incidents;
		this.attachments = attachments;
		this.contents = contents;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * @throws AttachmentRejected if the policy refuses the file; nothing is stored
	 */
	@Transactional
	public Attachment attach(UUID incidentId, AttachmentType type, String fileName, String contentType, byte[] content,
			String uploadedBy) {
		if (!this.incidents.existsById(incidentId)) {
			throw new NotFound("Incident " + incidentId);
		}
		this.policy.check(contentType, content.length);
		Attachment attachment = this.attachments
			.save(new Attachment(incidentId, type, fileName, contentType, content, uploadedBy, this.clock.instant()));
		this.contents.save(new AttachmentContent(attachment.id(), content));
		this.audit.changed("CHANGE", PersonalDataAudit.INCIDENT, incidentId, "I2 evidence",
				"attachment=" + attachment.id());
		return attachment;
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(UUID incidentId) {
		return this.attachments.findByIncidentIdOrderByUploadedAtAsc(incidentId);
	}

	/**
	 * @throws EvidenceCorrupted if the stored bytes do not match the stored checksum
	 */
	@Transactional(readOnly = true)
	public StoredFile read(UUID incidentId, UUID attachmentId) {
		Attachment attachment = this.attachments.findByIdAndIncidentId(attachmentId, incidentId)
			.orElseThrow(() -> new NotFound("Attachment " + attachmentId));
		byte[] content = this.contents.findById(attachmentId)
			.orElseThrow(() -> new EvidenceCorrupted("Attachment " + attachmentId + " has no stored content"))
			.content();
		if (!attachment.matches(content)) {
			throw new EvidenceCorrupted("Attachment " + attachmentId + " does not match its checksum");
		}
		return new StoredFile(attachment, content);
	}

}
