package uk.gov.cheltenham.psr.letters.rendering;

import uk.gov.cheltenham.psr.letters.letter.LetterType;

/**
 * A letter ready to go: the PDF kept with the entry and posted or attached (L7), the
 * plain text for the body of an email, and the template version both came from.
 */
public record RenderedLetter(LetterType letterType, String templateVersion, byte[] pdf, String text) {

}
