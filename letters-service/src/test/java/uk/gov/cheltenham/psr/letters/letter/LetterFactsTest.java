package uk.gov.cheltenham.psr.letters.letter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LetterFactsTest {

	@Test
	@DisplayName("L2: a restriction letter that states every required part is accepted")
	void completeRestrictionLetter() {
		assertThatNoException().isThrownBy(() -> SampleFacts.complete().requireCompleteFor(LetterType.RESTRICTION));
	}

	@ParameterizedTest(name = "L2: a restriction letter without {0} is refused")
	@CsvSource(delimiter = '|', textBlock = """
			incidents    | the incidents
			restrictions | the restrictions
			reasons      | the reasons
			consequences | what happens if the restrictions are not kept
			appealRoute  | the right of appeal and how to appeal
			lgsco        | Local Government and Social Care Ombudsman (LGSCO)
			reviewDate   | the review date
			""")
	void restrictionLetterMissingAPartIsRefused(String part, String named) {
		LetterFacts facts = SampleFacts.without(part);
		RuleViolation refusal = catchThrowableOfType(RuleViolation.class,
				() -> facts.requireCompleteFor(LetterType.RESTRICTION));
		assertThat(refusal).isNotNull();
		assertThat(refusal.rule()).isEqualTo("L2");
		assertThat(refusal.getMessage()).contains(named);
		assertThat(facts.missingFor(LetterType.RESTRICTION)).hasSize(1);
	}

	@Test
	@DisplayName("L2: blank parts count as missing, and every missing part is listed")
	void blankPartsAreMissing() {
		LetterFacts blank = new LetterFacts(null, "Robin Testperson", null, java.util.List.of(" "), null, " ", "", " ",
				null, null, null, null);
		assertThat(blank.missingFor(LetterType.RESTRICTION)).hasSize(6);
	}

	@ParameterizedTest(name = "L2 applies to restriction letters only, not to {0}")
	@EnumSource(value = LetterType.class, names = "RESTRICTION", mode = EnumSource.Mode.EXCLUDE)
	void otherLettersAreNotHeldToL2(LetterType letterType) {
		assertThat(SampleFacts.without("reviewDate").missingFor(letterType)).isEmpty();
	}

}
