/**
 * The customer record of an entry (R2): name, address, contact details and date of birth
 * as far as known, fetched from incident-service after the entry is opened or linked (I6,
 * I7) or after a contact-details update (I8), never inside the Kafka handler: a
 * {@link uk.gov.cheltenham.psr.register.customer.CustomerFetch} row is written with the
 * entry and a worker fetches it with bounded retries. The CRO may correct the record;
 * every correction is audited.
 */
package uk.gov.cheltenham.psr.register.customer;
