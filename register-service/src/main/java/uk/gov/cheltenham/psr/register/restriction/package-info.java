/**
 * Restrictions as typed values (R4, policy §4.5.2 and the LGSCO guidance) with their
 * service-area scope, and the checks that must come before any restriction applies: a
 * route to essential services left open and the reasonable-adjustments answer (R5, §2.3),
 * and the complaint check (R6, §4.5). Plain values and rules; the
 * {@link uk.gov.cheltenham.psr.register.entry.Entry} holds them.
 */
package uk.gov.cheltenham.psr.register.restriction;
