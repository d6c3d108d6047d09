/**
 * Disclosure of an incident's customer details to another service at the time of use
 * (ARCHITECTURE "No personal data on Kafka"): only to the service whose purpose allows
 * it, only the minimum, and each disclosure logged (D1, D2, D3).
 */
package uk.gov.cheltenham.psr.incident.disclosure;
