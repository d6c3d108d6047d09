/**
 * Updates from CBH's own register (P2, P3): each accepted once per idempotency key,
 * logged with the agreement's reference and the field names received, and announced so
 * that it becomes a task for the CRO. Nothing here changes the register.
 */
package uk.gov.cheltenham.psr.partnersync.inbound;
