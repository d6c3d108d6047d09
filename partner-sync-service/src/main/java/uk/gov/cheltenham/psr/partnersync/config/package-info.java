/**
 * Wiring: the data-sharing agreement and its channel from configuration, the register's
 * internal API, the sender's polling worker, and the inbound signature check.
 */
package uk.gov.cheltenham.psr.partnersync.config;
