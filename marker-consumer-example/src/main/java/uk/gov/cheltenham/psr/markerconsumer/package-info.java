/**
 * The reference marker consumer: how a team ICT system keeps its own set of register
 * markers in step with the compacted {@code psr.markers} topic (M1, M2). Plain
 * kafka-clients, no framework; copy it and replace {@link MarkerListener} with what flags
 * a customer record in the team's system.
 */
package uk.gov.cheltenham.psr.markerconsumer;
