/**
 * Wiring that belongs to no single feature.
 */
package uk.gov.cheltenham.psr.register.config;
