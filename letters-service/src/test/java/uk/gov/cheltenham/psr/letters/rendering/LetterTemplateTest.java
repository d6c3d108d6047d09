package uk.gov.cheltenham.psr.letters.rendering;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LetterTemplateTest {

	private final LetterTemplate template = LetterTemplate.parse("sample.txt",
			"<!-- template-version: 7 -->\nDear ${recipientName},\nreview by ${reviewDate}; ${appealRoute}.");

	@Test
	@DisplayName("a template states its version and fills every placeholder")
	void fills() {
		assertThat(this.template.version()).isEqualTo("7");
		assertThat(this.template
			.fill(Map.of("recipientName", "Robin", "reviewDate", "1 May 2027", "appealRoute", "write to us $1 \\ ok")))
			.isEqualTo("Dear Robin,\nreview by 1 May 2027; write to us $1 \\ ok.");
	}

	@Test
	@DisplayName("a missing or blank value fails the render, naming each value, and gives no half letter")
	void missingValueNamed() {
		MissingTemplateValue failure = catchThrowableOfType(MissingTemplateValue.class,
				() -> this.template.fill(Map.of("recipientName", "Robin", "appealRoute", " ")));
		assertThat(failure).isNotNull();
		assertThat(failure.template()).isEqualTo("sample.txt");
		assertThat(failure.missingValues()).containsExactly("reviewDate", "appealRoute");
		assertThat(failure.getMessage()).contains("reviewDate").contains("appealRoute").doesNotContain("Robin");
	}

	@Test
	@DisplayName("a template without its version line is refused")
	void versionRequired() {
		assertThatIllegalStateException().isThrownBy(() -> LetterTemplate.parse("bad.txt", "Dear ${recipientName}"))
			.withMessageContaining("template-version");
	}

}
