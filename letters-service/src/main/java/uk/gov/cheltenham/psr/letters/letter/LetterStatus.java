package uk.gov.cheltenham.psr.letters.letter;

/**
 * Where a letter is in the workflow (L7). A letter that needs no approval goes from
 * {@link #DRAFT} straight to {@link #SENDING}; it is {@link #SENT} once the mail server
 * accepted it or the post room posted it. A letter whose entry the register has deleted
 * is {@link #CANCELLED}.
 */
public enum LetterStatus {

	DRAFT, AWAITING_APPROVAL, APPROVED, SENDING, SENT, CANCELLED

}
