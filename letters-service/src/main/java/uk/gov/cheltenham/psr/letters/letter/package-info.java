/**
 * Letters (L1–L7): the {@link uk.gov.cheltenham.psr.letters.letter.Letter} aggregate
 * holds the workflow rules (who may approve, when a letter may be sent) and refuses
 * illegal moves. Free of Kafka, HTTP and event-contracts types.
 */
package uk.gov.cheltenham.psr.letters.letter;
