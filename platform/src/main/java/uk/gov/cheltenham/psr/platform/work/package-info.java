/**
 * Background work that polls and can be woken: the outbox relay, senders of mail; the
 * claim, send and record shape of such senders ({@code IntentSender}), their retry policy
 * and how they record a failure without its message.
 */
package uk.gov.cheltenham.psr.platform.work;
