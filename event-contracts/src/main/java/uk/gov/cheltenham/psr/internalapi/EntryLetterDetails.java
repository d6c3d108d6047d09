package uk.gov.cheltenham.psr.internalapi;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a letter about an entry must say that only the register knows (L1–L6): to whom it
 * goes, what happened, what has been decided and until when, and who must sign (R7).
 * Answered by register-service at {@link InternalPaths#ENTRY_LETTER_DETAILS} for
 * letters-service only; letters-service reads it at render time and keeps none of it.
 *
 * @param entryId the entry
 * @param customerName the addressee
 * @param address postal address lines, empty when unknown
 * @param email email address for delivery by email, {@code null} when unknown
 * @param incidents one plain-English line per incident the decision rests on
 * @param restrictions one plain-English line per restriction in force
 * @param reasons why the council decided as it did
 * @param expiresOn when the restrictions end unless extended
 * @param reviewDate when the entry will next be reviewed
 * @param appealOutcome the appeal decision in plain English, when there is one
 * @param signatoryRole who signs: {@code CSSM}, or {@code EXECUTIVE_DIRECTOR} when the
 * CSSM is the target or absent (R7)
 * @param complexOrSensitive whether the letter needs CSSM approval before it is sent (L7)
 */
public record EntryLetterDetails(UUID entryId, String customerName, List<String> address, String email,
		List<String> incidents, List<String> restrictions, String reasons, LocalDate expiresOn, LocalDate reviewDate,
		String appealOutcome, String signatoryRole, boolean complexOrSensitive) {

}
