/**
 * The audit trail (D3, R1): an append-only, hash-chained record of every read and change
 * of personal data, kept by each service that holds some.
 */
package uk.gov.cheltenham.psr.platform.audit;
