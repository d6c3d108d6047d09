package uk.gov.cheltenham.psr.letters.letter;

/**
 * Where a letter is in the workflow (L7). A letter that needs no approval goes from
 * {@link #DRAFT} straight to {@link #SENT}.
 */
public enum LetterStatus {

	DRAFT, AWAITING_APPROVAL, APPROVED, SENT

}
