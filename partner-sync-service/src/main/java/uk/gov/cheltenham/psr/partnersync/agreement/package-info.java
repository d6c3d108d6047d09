/**
 * The data-sharing agreement with CBH (P1, P3): which register changes it covers and
 * which fields it allows to be disclosed. Plain Java, the vocabulary every disclosure is
 * checked against.
 */
package uk.gov.cheltenham.psr.partnersync.agreement;
