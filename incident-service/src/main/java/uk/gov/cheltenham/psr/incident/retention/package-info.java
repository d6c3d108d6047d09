/**
 * Retention (R12, D5): when register-service purges an entry, everything personal this
 * service holds about the entry's incidents and reported contact details is deleted for
 * good, leaving only anonymous counts.
 */
package uk.gov.cheltenham.psr.incident.retention;
