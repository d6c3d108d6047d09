/** Kafka adapters: incident events in, register events and markers out. */
package uk.gov.cheltenham.psr.register.messaging;
