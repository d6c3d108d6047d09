/** Exceptions that domain models throw; free of Spring, Kafka and HTTP types. */
package uk.gov.cheltenham.psr.platform.domain;
