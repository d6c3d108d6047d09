/**
 * The events PSR services exchange over Kafka, the topics they travel on, and one JSON
 * fixture per event type. Events carry ids and non-personal facts only (rule D1): a
 * service that needs personal data asks the owning service's internal API at the time of
 * use.
 */
package uk.gov.cheltenham.psr.events;
