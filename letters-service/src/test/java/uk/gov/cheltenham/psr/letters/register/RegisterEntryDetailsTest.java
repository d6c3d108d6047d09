package uk.gov.cheltenham.psr.letters.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.internalapi.EntryLetterDetails;
import uk.gov.cheltenham.psr.letters.letter.DeliveryChannel;
import uk.gov.cheltenham.psr.letters.letter.EntryDetails;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RegisterEntryDetailsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

	@Test
	@DisplayName("L1–L6: the register's letter details become the letter's facts; the standard parts are left to the templates")
	void mapsTheRegistersFacts() {
		EntryDetails details = RegisterEntryDetails.toEntryDetails(details("robin@example.invalid", "CSSM", true),
				TODAY);

		assertThat(details.facts().letterDate()).isEqualTo(TODAY);
		assertThat(details.facts().recipientName()).isEqualTo("Robin Testperson");
		assertThat(details.facts().recipientAddress()).containsExactly("7 Imaginary Lane", "ZZ9 9ZZ");
		assertThat(details.facts().incidents()).containsExactly("Shouted at reception staff");
		assertThat(details.facts().restrictions()).containsExactly("Contact the council only in writing");
		assertThat(details.facts().reviewDate()).isEqualTo(LocalDate.of(2027, 4, 30));
		assertThat(details.facts().consequences()).isNull();
		assertThat(details.facts().appealRoute()).isNull();
		assertThat(details.facts().signatoryName()).isNull();
		assertThat(details.complexOrSensitive()).isTrue();
		assertThat(details.channel()).isEqualTo(DeliveryChannel.EMAIL);
	}

	@Test
	@DisplayName("L7: without an email address the letter goes by post")
	void noEmailMeansPost() {
		assertThat(RegisterEntryDetails.toEntryDetails(details(null, "CSSM", false), TODAY).channel())
			.isEqualTo(DeliveryChannel.POST);
		assertThat(RegisterEntryDetails.toEntryDetails(details("  ", "CSSM", false), TODAY).channel())
			.isEqualTo(DeliveryChannel.POST);
	}

	@Test
	@DisplayName("R7: the signatory follows the register: the CSSM, or the Executive Director where it says so")
	void signatoryFollowsRegister() {
		assertThat(
				RegisterEntryDetails.toEntryDetails(details(null, "EXECUTIVE_DIRECTOR", false), TODAY).signatoryRole())
			.isEqualTo(StaffRole.EXECUTIVE_DIRECTOR);
		assertThat(RegisterEntryDetails.toEntryDetails(details(null, null, false), TODAY).signatoryRole())
			.isEqualTo(StaffRole.CSSM);
		assertThat(RegisterEntryDetails.toEntryDetails(details(null, "EXECUTIVE_DIRECTOR", false), TODAY)
			.facts()
			.signatoryRole()).isEqualTo(StaffRole.EXECUTIVE_DIRECTOR);
		assertThatIllegalStateException()
			.isThrownBy(() -> RegisterEntryDetails.toEntryDetails(details(null, "CRO", false), TODAY));
	}

	private static EntryLetterDetails details(String email, String signatoryRole, boolean complexOrSensitive) {
		return new EntryLetterDetails(UUID.randomUUID(), "Robin Testperson", List.of("7 Imaginary Lane", "ZZ9 9ZZ"),
				email, List.of("Shouted at reception staff"), List.of("Contact the council only in writing"),
				"Staff were put in fear for their safety", LocalDate.of(2027, 10, 2), LocalDate.of(2027, 4, 30), null,
				signatoryRole, complexOrSensitive);
	}

}
