/**
 * Background work that polls and can be woken: the outbox relay, senders of mail; the
 * retry policy of such senders and how they record a failure without its message.
 */
package uk.gov.cheltenham.psr.platform.work;
