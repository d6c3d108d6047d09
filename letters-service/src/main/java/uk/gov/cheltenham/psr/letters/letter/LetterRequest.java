package uk.gov.cheltenham.psr.letters.letter;

import java.util.Objects;
import java.util.UUID;

/** The register's request for a letter to the customer of an entry (R8). */
public record LetterRequest(UUID entryId, UUID requestId, LetterType letterType) {

	public LetterRequest {
		Objects.requireNonNull(entryId, "entryId");
		Objects.requireNonNull(requestId, "requestId");
		Objects.requireNonNull(letterType, "letterType");
	}

}
