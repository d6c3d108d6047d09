package uk.gov.cheltenham.psr.partnersync.smtp;

import java.time.Duration;

/**
 * The partner's SMTP server as configured.
 *
 * @param host the server
 * @param port its submission port
 * @param username optional login
 * @param password optional password
 * @param from PSR's sender address
 * @param trustStore path of the trust store that decides which server certificates are
 * accepted; empty for the JVM's default
 * @param trustStorePassword its password
 * @param trustStoreType e.g. {@code PKCS12}
 * @param timeout connect, read and write timeout
 */
public record PartnerSmtpSettings(String host, int port, String username, String password, String from,
		String trustStore, String trustStorePassword, String trustStoreType, Duration timeout) {

}
