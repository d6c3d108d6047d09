package uk.gov.cheltenham.psr.incident.report;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an attachment may be (I2): at most {@code maxBytes} long and of an allowed content
 * type, both configurable.
 */
public final class EvidencePolicy {

	private final long maxBytes;

	private final Set<String> allowedContentTypes;

	public EvidencePolicy(long maxBytes, Set<String> allowedContentTypes) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive");
		}
		this.maxBytes = maxBytes;
		this.allowedContentTypes = allowedContentTypes.stream()
			.map((type) -> type.trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * @param contentType the media type without parameters, e.g. {@code image/png}
	 * @throws AttachmentRejected if the upload is empty, too large or of a type not
	 * allowed
	 */
	public void check(String contentType, long sizeBytes) {
		if (sizeBytes <= 0) {
			throw new AttachmentRejected(AttachmentRejected.Reason.EMPTY, "The file is empty");
		}
		if (sizeBytes > this.maxBytes) {
			throw new AttachmentRejected(AttachmentRejected.Reason.TOO_LARGE,
					"The file is larger than the limit of " + this.maxBytes + " bytes");
		}
		if (contentType == null || !this.allowedContentTypes.contains(contentType.toLowerCase(Locale.ROOT))) {
			throw new AttachmentRejected(AttachmentRejected.Reason.CONTENT_TYPE_NOT_ALLOWED,
					"Content type not allowed; allowed are " + this.allowedContentTypes.stream().sorted().toList());
		}
	}

	public long maxBytes() {
		return this.maxBytes;
	}

}
