package uk.gov.cheltenham.psr.incident.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What is known about one attached file (I2): type, content type, size and SHA-256
 * checksum. The bytes are kept apart in {@link AttachmentContent}.
 */
@Entity
@Table(name = "incident_attachment")
public class Attachment {

	@Id
	private UUID id;

	private UUID incidentId;

	@Enumerated(EnumType.STRING)
	private AttachmentType type;

	@Convert(converter = IncidentColumns.FileName.class)
	private String fileName;

	private String contentType;

	private long sizeBytes;

	@Column(name = "sha256")
	private String sha256;

	private String uploadedBy;

	private Instant uploadedAt;

	protected Attachment() {
		// for JPA
	}

	Attachment(UUID incidentId, AttachmentType type, String fileName, String contentType, byte[] content,
			String uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.incidentId = incidentId;
		this.type = type;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = content.length;
		this.sha256 = sha256(content);
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now.truncatedTo(ChronoUnit.MICROS);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	/** Whether these bytes are the ones stored, by size and checksum. */
	public boolean matches(byte[] content) {
		return content.length == this.sizeBytes && sha256(content).equals(this.sha256);
	}

	public UUID id() {
		return this.id;
	}

	public UUID incidentId() {
		return this.incidentId;
	}

	public AttachmentType type() {
		return this.type;
	}

	public String fileName() {
		return this.fileName;
	}

	public String contentType() {
		return this.contentType;
	}

	public long sizeBytes() {
		return this.sizeBytes;
	}

	public String sha256() {
		return this.sha256;
	}

	public String uploadedBy() {
		return this.uploadedBy;
	}

	public Instant uploadedAt() {
		return this.uploadedAt;
	}

}
