package uk.gov.cheltenham.psr.letters.rendering;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.cheltenham.psr.letters.letter.LetterFacts;
import uk.gov.cheltenham.psr.letters.letter.LetterType;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StandardWordingTest {

	private final StandardWording wording = new StandardWording(LetterTemplates.shipped());

	@Test
	@DisplayName("L2: the register's facts with the standard wording make a complete restriction letter, appeal route with the LGSCO included")
	void standardWordingCompletesRestrictionLetter() {
		LetterFacts completed = this.wording.addTo(registerFacts(StaffRole.CSSM));

		assertThat(completed.missingFor(LetterType.RESTRICTION)).isEmpty();
		assertThat(completed.appealRoute()).contains("Local Government and Social Care Ombudsman (LGSCO)");
		assertThat(completed.consequences()).isNotBlank();
		assertThat(completed.signatoryName()).isEqualTo("Alex Morgan");
		assertThat(completed.recipientName()).isEqualTo("Robin Testperson");
	}

	@Test
	@DisplayName("R7: the signatory's name follows the role the register names")
	void signatoryFollowsRole() {
		assertThat(this.wording.addTo(registerFacts(StaffRole.EXECUTIVE_DIRECTOR)).signatoryName())
			.isEqualTo("Sam Patel");
	}

	@Test
	@DisplayName("the standard wording is changed by a file in the template directory, without a release")
	void overriddenByTemplateDirectory(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("signatory-cssm.txt"), "<!-- template-version: 2 -->\nJo Newname\n");
		StandardWording overridden = new StandardWording(new LetterTemplates(directory.toString()));

		assertThat(overridden.addTo(registerFacts(StaffRole.CSSM)).signatoryName()).isEqualTo("Jo Newname");
	}

	private static LetterFacts registerFacts(StaffRole signatory) {
		return new LetterFacts(LocalDate.of(2026, 11, 2), "Robin Testperson", List.of("7 Imaginary Lane"),
				List.of("Shouted at reception staff"), List.of("Contact the council only in writing"),
				"Staff were put in fear for their safety", null, null, LocalDate.of(2027, 4, 30), null, null,
				signatory);
	}

}
