package uk.gov.cheltenham.psr.partnersync.config;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The partner's SMTP server ({@code psr.partner.smtp.*}), apart from Spring's own
 * {@code spring.mail.*} which other mail could use: this one is TLS only (P1).
 *
 * @param host the partner's mail server
 * @param port its submission port
 * @param username optional login
 * @param password optional password
 * @param from PSR's sender address
 * @param trustStore the trust store for the server's certificate; empty for the JVM's
 * @param trustStorePassword its password
 * @param trustStoreType its type
 * @param timeout connect, read and write timeout
 * @param pollInterval how often the sender looks for due updates
 * @param retryWindow how long a partner (or the register) may be away before an update is
 * FAILED
 * @param firstBackoff the wait after the first failure, doubled each time
 * @param maxBackoff the longest wait, which bounds how long after the partner's return
 * the backlog waits
 * @param sendingLease how long a claimed update is held before it may be sent again (with
 * the same update id) because its attempt was never recorded
 * @param recordWindow how long recording an attempt is retried while the database is away
 */
@ConfigurationProperties("psr.partner.smtp")
@Validated
public record PartnerSmtpProperties(@NotBlank String host, @DefaultValue("587") int port, String username,
		String password, @NotBlank String from, String trustStore, String trustStorePassword,
		@DefaultValue("PKCS12") String trustStoreType, @DefaultValue("10s") Duration timeout,
		@DefaultValue("5s") Duration pollInterval, @DefaultValue("24h") Duration retryWindow,
		@DefaultValue("2s") Duration firstBackoff, @DefaultValue("20s") Duration maxBackoff,
		@DefaultValue("60s") Duration sendingLease, @DefaultValue("30s") Duration recordWindow) {

}
