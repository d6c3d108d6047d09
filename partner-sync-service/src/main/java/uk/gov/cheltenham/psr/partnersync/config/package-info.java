/** Wiring: the data-sharing agreement from configuration. */
package uk.gov.cheltenham.psr.partnersync.config;
