/**
 * Updates from CBH's own register (P2, P3): each call signed with the agreement's inbound
 * secret and recent (an old call replayed is refused), accepted once per idempotency key
 * (the same key with another update is refused), logged with the agreement's reference
 * and the field names received, and announced so that it becomes a task for the CRO.
 * Nothing here changes the register.
 */
package uk.gov.cheltenham.psr.partnersync.inbound;
