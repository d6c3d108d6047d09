/**
 * Runs the whole PSR system on one machine without Docker: embedded PostgreSQL, a
 * standalone Kafka broker, a mail catcher, a small token server and the five services as
 * separate JVMs. {@link uk.gov.cheltenham.psr.localstack.LocalStack} is both the
 * {@code ./run-local.sh} entry point and the API the system tests start the stack with.
 */
package uk.gov.cheltenham.psr.localstack;
