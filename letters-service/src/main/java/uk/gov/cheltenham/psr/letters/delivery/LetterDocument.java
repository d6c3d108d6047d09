package uk.gov.cheltenham.psr.letters.delivery;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.gov.cheltenham.psr.letters.rendering.RenderedLetter;

/**
 * A letter as it was sent (L7): the PDF, kept with the entry and deleted with it (R12),
 * and its SHA-256 checksum, checked whenever the PDF is read back.
 */
@Entity
@Table(name = "letter_document")
public class LetterDocument {

	@Id
	private UUID letterId;

	private byte[] pdf;

	private String sha256;

	private int sizeBytes;

	private String templateVersion;

	private Instant renderedAt;

	protected LetterDocument() {
		// for JPA
	}

	private LetterDocument(UUID letterId, byte[] pdf, String templateVersion, Instant renderedAt) {
		this.letterId = letterId;
		this.pdf = pdf.clone();
		this.sha256 = sha256(pdf);
		this.sizeBytes = pdf.length;
		this.templateVersion = templateVersion;
		this.renderedAt = renderedAt;
	}

	static LetterDocument of(UUID letterId, RenderedLetter rendered, Instant now) {
		return new LetterDocument(letterId, rendered.pdf(), rendered.templateVersion(), now);
	}

	/**
	 * The PDF, after checking that it is the one that was stored.
	 * @throws IllegalStateException if the bytes no longer match their checksum
	 */
	public byte[] verifiedPdf() {
		if (!sha256(this.pdf).equals(this.sha256)) {
			throw new IllegalStateException("The stored PDF of letter " + this.letterId + " fails its checksum");
		}
		return this.pdf.clone();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	public UUID letterId() {
		return this.letterId;
	}

	public String sha256() {
		return this.sha256;
	}

	public int sizeBytes() {
		return this.sizeBytes;
	}

	public String templateVersion() {
		return this.templateVersion;
	}

	public Instant renderedAt() {
		return this.renderedAt;
	}

}
