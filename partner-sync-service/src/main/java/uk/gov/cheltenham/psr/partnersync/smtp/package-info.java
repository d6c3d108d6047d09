/**
 * The partner's mailbox over SMTP (P1): STARTTLS required, the server's certificate and
 * name checked against a configurable trust store; never plaintext.
 */
package uk.gov.cheltenham.psr.partnersync.smtp;
