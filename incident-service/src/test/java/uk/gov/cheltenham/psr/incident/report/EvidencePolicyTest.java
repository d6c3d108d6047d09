package uk.gov.cheltenham.psr.incident.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidencePolicyTest {

	private final EvidencePolicy policy = new EvidencePolicy(10, Set.of("application/pdf", " Image/PNG "));

	@Test
	@DisplayName("I2: a file of an allowed type within the limit is accepted, whatever the case of its type")
	void allowed() {
		assertThatNoException().isThrownBy(() -> this.policy.check("image/png", 10));
		assertThatNoException().isThrownBy(() -> this.policy.check("APPLICATION/PDF", 1));
	}

	@Test
	@DisplayName("I2: a file over the limit is refused as too large")
	void tooLarge() {
		assertThatThrownBy(() -> this.policy.check("image/png", 11)).isInstanceOfSatisfying(AttachmentRejected.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(AttachmentRejected.Reason.TOO_LARGE));
	}

	@Test
	@DisplayName("I2: a type outside the allow-list, or none, is refused")
	void typeNotAllowed() {
		assertThatThrownBy(() -> this.policy.check("text/html", 5)).isInstanceOfSatisfying(AttachmentRejected.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(AttachmentRejected.Reason.CONTENT_TYPE_NOT_ALLOWED));
		assertThatThrownBy(() -> this.policy.check(null, 5)).isInstanceOf(AttachmentRejected.class);
	}

	@Test
	@DisplayName("I2: an empty file is refused")
	void empty() {
		assertThatThrownBy(() -> this.policy.check("image/png", 0)).isInstanceOfSatisfying(AttachmentRejected.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(AttachmentRejected.Reason.EMPTY));
	}

	@Test
	@DisplayName("I2: an attachment records size and SHA-256 and recognises only its own bytes")
	void checksum() {
		byte[] content = "abc".getBytes(StandardCharsets.UTF_8);
		Attachment attachment = new Attachment(UUID.randomUUID(), AttachmentType.CORRESPONDENCE, "letter.txt",
				"text/plain", content, "rep-1", Instant.now());
		assertThat(attachment.sizeBytes()).isEqualTo(3);
		assertThat(attachment.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(attachment.matches(content)).isTrue();
		assertThat(attachment.matches("abd".getBytes(StandardCharsets.UTF_8))).isFalse();
	}

}
