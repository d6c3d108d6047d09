package uk.gov.cheltenham.psr.letters.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.letters.letter.LetterFacts;
import uk.gov.cheltenham.psr.letters.letter.LetterType;
import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

/**
 * Renders a letter of each type (L1–L6) from its template files: {@code <type>.html}
 * (XHTML, to PDF) and {@code <type>.txt} (the email body), each with the shared
 * {@code letterhead} of the same kind. Both are filled completely before anything is
 * produced.
 */
@Component
public class LetterRenderer {

	private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final LetterTemplates templates;

	public LetterRenderer(LetterTemplates templates) {
		this.templates = templates;
	}

	/**
	 * @throws RuleViolation if a restriction letter leaves out a part L2 requires
	 * @throws MissingTemplateValue if a template needs a fact that is not given
	 */
	public RenderedLetter render(LetterType letterType, LetterFacts facts) {
		facts.requireCompleteFor(letterType);
		LetterTemplate htmlTemplate = this.templates.load(fileName(letterType, "html"));
		LetterTemplate textTemplate = this.templates.load(fileName(letterType, "txt"));
		String html = fill(htmlTemplate, "html", values(facts, Format.HTML));
		String text = fill(textTemplate, "txt", values(facts, Format.TEXT));
		return new RenderedLetter(letterType, htmlTemplate.version(), toPdf(html), text);
	}

	static String fileName(LetterType letterType, String extension) {
		return letterType.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + extension;
	}

	/**
	 * Fills a letter with the parts every letter shares, kept once: the letterhead, the
	 * stylesheet (HTML), and the opening (date, recipient, salutation).
	 */
	private String fill(LetterTemplate template, String extension, Map<String, String> values) {
		values.put("letterhead", this.templates.load("letterhead." + extension).body());
		if ("html".equals(extension)) {
			values.put("letterStyle", this.templates.load("letter-style.html").body().stripTrailing());
		}
		values.put("opening", this.templates.load("opening." + extension).fill(values).stripTrailing());
		return template.fill(values);
	}

	/**
	 * The facts as template values, formatted for HTML or plain text. An absent fact has
	 * no value, so a template that uses it fails by name.
	 */
	private static Map<String, String> values(LetterFacts facts, Format format) {
		Function<String, String> escape = format.escape;
		Map<String, String> values = new HashMap<>();
		put(values, "letterDate", date(facts.letterDate()), escape);
		put(values, "recipientName", facts.recipientName(), escape);
		if (!facts.recipientAddress().isEmpty()) {
			values.put("recipientAddress",
					facts.recipientAddress().stream().map(escape).collect(Collectors.joining(format.lineBreak)));
		}
		if (!facts.incidents().isEmpty()) {
			values.put("incidents", format.items.apply(facts.incidents()));
		}
		if (!facts.restrictions().isEmpty()) {
			values.put("restrictions", format.items.apply(facts.restrictions()));
		}
		put(values, "reasons", facts.reasons(), escape);
		put(values, "consequences", facts.consequences(), escape);
		put(values, "appealRoute", facts.appealRoute(), escape);
		put(values, "reviewDate", date(facts.reviewDate()), escape);
		put(values, "appealOutcome", facts.appealOutcome(), escape);
		put(values, "signatoryName", facts.signatoryName(), escape);
		put(values, "signatoryRole", (facts.signatoryRole() != null) ? facts.signatoryRole().title() : null, escape);
		return values;
	}

	/** How facts are written into each kind of template. */
	private enum Format {

		HTML(LetterRenderer::escapeHtml, LetterRenderer::htmlItems, "<br/>"),

		TEXT(Function.identity(), LetterRenderer::textItems, "\n");

		private final Function<String, String> escape;

		private final Function<List<String>, String> items;

		private final String lineBreak;

		Format(Function<String, String> escape, Function<List<String>, String> items, String lineBreak) {
			this.escape = escape;
			this.items = items;
			this.lineBreak = lineBreak;
		}

	}

	private static void put(Map<String, String> values, String name, String value, Function<String, String> escape) {
		if (value != null && !value.isBlank()) {
			values.put(name, escape.apply(value));
		}
	}

	private static String date(LocalDate date) {
		return (date != null) ? LETTER_DATE.format(date) : null;
	}

	private static String htmlItems(List<String> items) {
		return items.stream().map((item) -> "<li>" + escapeHtml(item) + "</li>").collect(Collectors.joining());
	}

	private static String textItems(List<String> items) {
		return items.stream().map((item) -> "  - " + item).collect(Collectors.joining("\n"));
	}

	/** Facts are text, never markup: escaped so that the XHTML stays well formed. */
	static String escapeHtml(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (char character : text.toCharArray()) {
			switch (character) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				case '\n' -> escaped.append("<br/>");
				default -> escaped.append(character);
			}
		}
		return escaped.toString();
	}

	private static byte[] toPdf(String html) {
		try {
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the letter to PDF", ex);
		}
	}

}
