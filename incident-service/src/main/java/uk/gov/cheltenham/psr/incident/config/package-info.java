/** Wiring of domain objects from configuration. */
package uk.gov.cheltenham.psr.incident.config;
