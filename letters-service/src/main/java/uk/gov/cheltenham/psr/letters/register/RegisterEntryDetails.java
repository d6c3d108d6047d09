package uk.gov.cheltenham.psr.letters.register;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.internalapi.EntryLetterDetails;
import uk.gov.cheltenham.psr.internalapi.InternalPaths;
import uk.gov.cheltenham.psr.letters.letter.EntryDetails;
import uk.gov.cheltenham.psr.letters.letter.EntryDetailsSource;
import uk.gov.cheltenham.psr.letters.letter.LetterFacts;
import uk.gov.cheltenham.psr.letters.letter.StaffRole;
import uk.gov.cheltenham.psr.platform.client.InternalApi;
import uk.gov.cheltenham.psr.platform.client.InternalApis;
import uk.gov.cheltenham.psr.platform.client.RecordGone;
import uk.gov.cheltenham.psr.platform.client.ServiceUnavailable;
import uk.gov.cheltenham.psr.platform.domain.NotFound;

/**
 * Reads {@link EntryLetterDetails} from register-service and maps them to the letter's
 * facts. The standard parts (consequences, appeal route, signatory's name) are not the
 * register's: the letter templates supply them.
 */
@Component
class RegisterEntryDetails implements EntryDetailsSource {

	static final String SERVICE = "register-service";

	private final InternalApi register;

	RegisterEntryDetails(InternalApis internalApis, @Value("${psr.services.register-service.url}") String baseUrl) {
		this.register = internalApis.forService(SERVICE, baseUrl);
	}

	@Override
	public EntryDetails forLetter(UUID entryId, LocalDate letterDate) {
		EntryLetterDetails details;
		try {
			details = this.register.get(EntryLetterDetails.class, InternalPaths.ENTRY_LETTER_DETAILS, entryId);
		}
		catch (NotFound ex) {
			throw new NotFound("Entry " + entryId + " in the register");
		}
		catch (RecordGone ex) {
			throw new RecordGone("Entry " + entryId + " in the register");
		}
		if (details == null) {
			throw new ServiceUnavailable(SERVICE + " answered without the letter details");
		}
		return toEntryDetails(details, letterDate);
	}

	static EntryDetails toEntryDetails(EntryLetterDetails details, LocalDate letterDate) {
		StaffRole signatory = signatory(details.signatoryRole());
		LetterFacts facts = new LetterFacts(letterDate, details.customerName(), details.address(), details.incidents(),
				details.restrictions(), details.reasons(), null, null, details.reviewDate(), details.appealOutcome(),
				null, signatory);
		return new EntryDetails(facts, details.email(), signatory, details.complexOrSensitive());
	}

	/** The CSSM signs unless the register names the Executive Director (R7). */
	static StaffRole signatory(String role) {
		if (role == null || role.isBlank() || role.equals(StaffRole.CSSM.name())) {
			return StaffRole.CSSM;
		}
		if (role.equals(StaffRole.EXECUTIVE_DIRECTOR.name())) {
			return StaffRole.EXECUTIVE_DIRECTOR;
		}
		throw new IllegalStateException(SERVICE + " named an unknown signatory role");
	}

}
