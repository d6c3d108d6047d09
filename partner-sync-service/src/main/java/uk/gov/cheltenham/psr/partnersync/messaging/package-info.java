/** Kafka adapters: the only place event-contracts records become domain calls. */
package uk.gov.cheltenham.psr.partnersync.messaging;
