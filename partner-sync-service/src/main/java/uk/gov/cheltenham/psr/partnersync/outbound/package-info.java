/**
 * Outbound updates to CBH (P1, P3, R12): the accountable record of every disclosure and
 * deletion request, written in the transaction that handles the register's event. Field
 * names only, never values; delivery comes later from these rows.
 */
package uk.gov.cheltenham.psr.partnersync.outbound;
