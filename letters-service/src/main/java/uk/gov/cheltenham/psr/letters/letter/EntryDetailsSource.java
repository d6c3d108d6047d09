package uk.gov.cheltenham.psr.letters.letter;

import java.time.LocalDate;
import java.util.UUID;

import uk.gov.cheltenham.psr.platform.client.RecordGone;
import uk.gov.cheltenham.psr.platform.client.ServiceUnavailable;
import uk.gov.cheltenham.psr.platform.domain.NotFound;

/**
 * Where a letter's facts come from: register-service, asked at the moment of use. Called
 * only from a user's request or a background worker, never from a Kafka handler.
 */
public interface EntryDetailsSource {

	/**
	 * @param letterDate the date the letter will bear
	 * @throws NotFound if the register does not know the entry
	 * @throws RecordGone if the register has deleted the entry for good (R12)
	 * @throws ServiceUnavailable if the register cannot answer now
	 */
	EntryDetails forLetter(UUID entryId, LocalDate letterDate);

}
