/**
 * Outbound updates to CBH (P1, P3, R12): the accountable record of every disclosure and
 * deletion request, written in the transaction that handles the register's event, and
 * their delivery over TLS-only email with bounded retries (P1). Field names only, never
 * values: reading the values from register-service's internal API is a later issue.
 */
package uk.gov.cheltenham.psr.partnersync.outbound;
