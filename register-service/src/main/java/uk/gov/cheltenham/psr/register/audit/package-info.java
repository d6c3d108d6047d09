/**
 * The audit of reads (R1, D3): who saw an entry, in which role, for what purpose, when.
 */
package uk.gov.cheltenham.psr.register.audit;
