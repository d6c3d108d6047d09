/**
 * The partner's HTTPS endpoint (P1): each update POSTed as JSON, signed with the
 * agreement's shared secret and optionally over mutual TLS, the server's certificate
 * checked; never plain HTTP except to loopback when a test switch allows it.
 */
package uk.gov.cheltenham.psr.partnersync.https;
