/**
 * What every PSR service shares, built once: the transactional outbox, idempotent
 * consumers, producer and dead-letter defaults, JWT resource-server security and RFC 9457
 * problem details. A service gets all of it by depending on this module.
 */
package uk.gov.cheltenham.psr.platform;
