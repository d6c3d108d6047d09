/** Kafka adapters: the only place event-contracts records become domain commands. */
package uk.gov.cheltenham.psr.notification.messaging;
