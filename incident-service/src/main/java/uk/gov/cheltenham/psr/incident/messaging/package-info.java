/** Kafka adapters: the only place domain events become event-contracts records. */
package uk.gov.cheltenham.psr.incident.messaging;
