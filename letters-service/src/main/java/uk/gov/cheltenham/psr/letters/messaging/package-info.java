/**
 * Kafka adapters: the only place that maps event-contracts records to and from the
 * domain.
 */
package uk.gov.cheltenham.psr.letters.messaging;
