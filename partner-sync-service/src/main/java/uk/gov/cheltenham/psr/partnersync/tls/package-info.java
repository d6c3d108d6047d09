/**
 * TLS for both ways to the partner (P1): which server certificates are trusted, the
 * client certificate for mutual TLS, and transport failures told apart in fixed words.
 */
package uk.gov.cheltenham.psr.partnersync.tls;
