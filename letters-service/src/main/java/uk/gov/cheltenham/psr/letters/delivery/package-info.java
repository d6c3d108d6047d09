/**
 * Rendering a letter from the register's facts, keeping it as a PDF with its checksum,
 * and delivering it (L7): by email through an intent row that a background sender works
 * off with bounded retries, or through the print queue that the post room empties.
 */
package uk.gov.cheltenham.psr.letters.delivery;
