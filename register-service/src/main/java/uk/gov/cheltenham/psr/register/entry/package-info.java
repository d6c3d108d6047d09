/**
 * Register entries (R2): opened from reviewed incidents, with the restriction period of
 * R3 (CSSM override with a reason, expiry), the markers of M1–M2, and removal after
 * Governance approval with the purge 6 months later (R10, R12). The
 * {@link uk.gov.cheltenham.psr.register.entry.Entry} aggregate holds the rules.
 */
package uk.gov.cheltenham.psr.register.entry;
