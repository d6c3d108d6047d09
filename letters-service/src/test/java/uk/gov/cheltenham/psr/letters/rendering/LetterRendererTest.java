package uk.gov.cheltenham.psr.letters.rendering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.cheltenham.psr.letters.letter.LetterFacts;
import uk.gov.cheltenham.psr.letters.letter.LetterType;
import uk.gov.cheltenham.psr.letters.letter.SampleFacts;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Renders real PDFs and reads their text back with PDFBox. Invented people only. */
class LetterRendererTest {

	private static final List<String> EVERY_LETTER = List.of("Cheltenham Borough Council", "Municipal Offices",
			"GL50 9SA", "2 November 2026", "Robin Testperson", "7 Imaginary Lane", "ZZ9 9ZZ", "Dear Robin Testperson",
			"Yours sincerely", "Jordan Signerton", "Customer and Support Services Manager");

	private final LetterRenderer renderer = new LetterRenderer(LetterTemplates.shipped());

	static Stream<Arguments> letters() {
		return Stream.of(arguments(LetterType.WARNING,
				List.of("Shouted at reception staff on 14 October 2026", "Sent threatening emails on 20 October 2026",
						"The council may take legal action to protect its staff")),
				arguments(LetterType.RESTRICTION,
						List.of("Shouted at reception staff on 14 October 2026", "Contact the council only in writing",
								"Do not visit the Municipal Offices without an appointment",
								"Staff were put in fear for their safety",
								"The council may take legal action to protect its staff", "within 28 days",
								"Local Government and Social Care Ombudsman (LGSCO)", "30 April 2027")),
				arguments(LetterType.EXTENSION,
						List.of("Contact the council only in writing", "Staff were put in fear for their safety",
								"Local Government and Social Care Ombudsman (LGSCO)", "30 April 2027")),
				arguments(LetterType.REMOVAL,
						List.of("we have decided to remove them", "Your details have been removed")),
				arguments(LetterType.APPEAL_ACKNOWLEDGEMENT,
						List.of("I confirm that we have received it", "Contact the council only in writing")),
				arguments(LetterType.APPEAL_OUTCOME, List.of("Your appeal is not upheld and the restrictions remain",
						"Local Government and Social Care Ombudsman (LGSCO)")));
	}

	@ParameterizedTest(name = "{0}: the PDF and the email text carry the letterhead and the letter's facts")
	@MethodSource("letters")
	@DisplayName("L1–L6: every letter type renders to a PDF whose text states its facts")
	void rendersEveryLetterType(LetterType letterType, List<String> facts) throws IOException {
		RenderedLetter letter = this.renderer.render(letterType, SampleFacts.complete());

		assertThat(letter.letterType()).isEqualTo(letterType);
		assertThat(letter.templateVersion()).isEqualTo("1");
		String pdfText = pdfText(letter.pdf());
		assertThat(pdfText).contains(EVERY_LETTER).contains(facts).doesNotContain("${");
		String emailText = oneLine(letter.text());
		assertThat(emailText).contains(EVERY_LETTER).contains(facts).doesNotContain("${").doesNotContain("<");
	}

	@ParameterizedTest(name = "{0}: the template preview's invented facts and the standard wording fill the template")
	@EnumSource(LetterType.class)
	void templatePreviewFactsFillEveryTemplate(LetterType letterType) throws IOException {
		TemplatePreviewFacts sample = new TemplatePreviewFacts(JsonMapper.builder().build());
		StandardWording wording = new StandardWording(LetterTemplates.shipped());

		RenderedLetter letter = this.renderer.render(letterType, wording.addTo(sample.facts()));

		assertThat(pdfText(letter.pdf())).contains("Cheltenham Borough Council", "Dear Sample Customer", "Alex Morgan",
				"Customer and Support Services Manager");
	}

	@Test
	@DisplayName("L2: an incomplete restriction letter is refused before anything is rendered")
	void incompleteRestrictionLetterRefused() {
		RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
				() -> this.renderer.render(LetterType.RESTRICTION, SampleFacts.without("consequences")));
		assertThat(refusal).isNotNull();
		assertThat(refusal.rule()).isEqualTo("L2");
		assertThat(refusal.getMessage()).contains("what happens if the restrictions are not kept");
	}

	@Test
	@DisplayName("a letter missing a value its template needs fails, naming the value")
	void missingValueFailsByName() {
		LetterFacts noSignatory = new LetterFacts(SampleFacts.complete().letterDate(), "Robin Testperson",
				List.of("7 Imaginary Lane"), List.of("Shouted at reception staff"), null, null,
				"The council may take legal action", null, null, null, null, StaffRole.CSSM);
		MissingTemplateValue failure = catchThrowableOfType(MissingTemplateValue.class,
				() -> this.renderer.render(LetterType.WARNING, noSignatory));
		assertThat(failure).isNotNull();
		assertThat(failure.template()).isEqualTo("warning.html");
		assertThat(failure.missingValues()).containsExactly("signatoryName");
	}

	@Test
	@DisplayName("facts are text, not markup: characters special to XHTML are printed as written")
	void factsAreEscaped() throws IOException {
		LetterFacts facts = SampleFacts.complete();
		LetterFacts awkward = new LetterFacts(facts.letterDate(), "Robin O'Test & <Partner>", facts.recipientAddress(),
				facts.incidents(), facts.restrictions(), facts.reasons(), facts.consequences(), facts.appealRoute(),
				facts.reviewDate(), facts.appealOutcome(), facts.signatoryName(), facts.signatoryRole());

		RenderedLetter letter = this.renderer.render(LetterType.REMOVAL, awkward);

		assertThat(pdfText(letter.pdf())).contains("Dear Robin O'Test & <Partner>");
		assertThat(letter.text()).contains("Dear Robin O'Test & <Partner>");
	}

	@Test
	@DisplayName("a template in psr.letters.template-dir overrides the shipped one, without a code change")
	void externalTemplateOverrides(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("removal.html"), """
				<!-- template-version: 2 -->
				<html xmlns="http://www.w3.org/1999/xhtml"><body>${letterhead}
				<p>Dear ${recipientName}, the restrictions are lifted with effect from ${letterDate}.</p>
				</body></html>
				""", StandardCharsets.UTF_8);
		LetterRenderer overridden = new LetterRenderer(new LetterTemplates(directory.toString()));

		RenderedLetter letter = overridden.render(LetterType.REMOVAL, SampleFacts.complete());

		assertThat(letter.templateVersion()).isEqualTo("2");
		assertThat(pdfText(letter.pdf())).contains("Cheltenham Borough Council")
			.contains("Dear Robin Testperson, the restrictions are lifted with effect from 2 November 2026.");
		assertThat(letter.text()).contains("Your details have been removed");
	}

	private static String pdfText(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return oneLine(new PDFTextStripper().getText(document));
		}
	}

	/** Line breaks in a PDF fall where the layout puts them; compare words only. */
	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
