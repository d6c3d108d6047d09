package uk.gov.cheltenham.psr.letters.letter;

import java.time.LocalDate;
import java.util.List;

/** Complete letter facts about an invented customer, for tests. */
public final class SampleFacts {

	public static final String APPEAL_ROUTE = "You may appeal by writing to the Executive Director of People and Change "
			+ "within 28 days. If you are still unhappy afterwards, you may complain to the Local Government and "
			+ "Social Care Ombudsman (LGSCO).";

	private SampleFacts() {
	}

	public static LetterFacts complete() {
		return new LetterFacts(LocalDate.of(2026, 11, 2), "Robin Testperson",
				List.of("7 Imaginary Lane", "Nowhere Town", "ZZ9 9ZZ"),
				List.of("Shouted at reception staff on 14 October 2026", "Sent threatening emails on 20 October 2026"),
				List.of("Contact the council only in writing",
						"Do not visit the Municipal Offices without an appointment"),
				"Staff were put in fear for their safety", "The council may take legal action to protect its staff",
				APPEAL_ROUTE, LocalDate.of(2027, 4, 30), "Your appeal is not upheld and the restrictions remain",
				"Jordan Signerton", StaffRole.CSSM);
	}

	/** Every fact of {@link #complete()} except the one {@code part} names. */
	public static LetterFacts without(String part) {
		LetterFacts f = complete();
		return new LetterFacts(f.letterDate(), f.recipientName(), f.recipientAddress(),
				part.equals("incidents") ? null : f.incidents(), part.equals("restrictions") ? null : f.restrictions(),
				part.equals("reasons") ? null : f.reasons(), part.equals("consequences") ? null : f.consequences(),
				part.equals("appealRoute") ? null
						: part.equals("lgsco") ? "You may appeal by writing to the Executive Director within 28 days."
								: f.appealRoute(),
				part.equals("reviewDate") ? null : f.reviewDate(), f.appealOutcome(), f.signatoryName(),
				f.signatoryRole());
	}

}
