/**
 * The letters-service: one letter per register request (R8), drafted, approved where the
 * case needs it and sent (L7), deleted with its entry (R12).
 */
package uk.gov.cheltenham.psr.letters;
