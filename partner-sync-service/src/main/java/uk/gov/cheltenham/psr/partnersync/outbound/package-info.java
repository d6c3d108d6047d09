/**
 * Outbound updates to CBH (P1, P3, R12): the accountable record of every disclosure and
 * deletion request, written in the transaction that handles the register's event, and
 * their delivery by the agreement's channel (TLS-only email or the signed HTTPS endpoint)
 * with bounded retries. The record holds field names only; the values are read from the
 * register by the sender at the time of sending and never kept.
 */
package uk.gov.cheltenham.psr.partnersync.outbound;
