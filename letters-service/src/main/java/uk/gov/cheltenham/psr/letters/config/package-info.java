/** Wiring: the background sender of letter emails. */
package uk.gov.cheltenham.psr.letters.config;
