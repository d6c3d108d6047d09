/** Background work that polls and can be woken: the outbox relay, senders of mail. */
package uk.gov.cheltenham.psr.platform.work;
