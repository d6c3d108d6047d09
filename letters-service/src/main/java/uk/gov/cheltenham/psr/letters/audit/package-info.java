/**
 * Who read, approved or sent which letter (D3, R1), written to the platform's
 * hash-chained audit trail, the one trail of this service.
 */
package uk.gov.cheltenham.psr.letters.audit;
