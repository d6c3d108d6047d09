/**
 * Register entries (R2): opened from reviewed incidents, with the restriction period of
 * R3 and the markers of M1–M2. The {@link uk.gov.cheltenham.psr.register.entry.Entry}
 * aggregate holds the rules.
 */
package uk.gov.cheltenham.psr.register.entry;
