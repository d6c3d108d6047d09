package uk.gov.cheltenham.psr.partnersync.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partner's HTTPS endpoint ({@code psr.partner.https.*}), used when the agreement's
 * channel is {@code https} (P1).
 *
 * @param endpoint where updates are POSTed; {@code https://} only
 * @param signingSecret the secret shared with the partner that signs each request
 * @param trustStore the trust store for the endpoint's certificate; empty for the JVM's
 * @param trustStorePassword its password
 * @param trustStoreType its type
 * @param keyStore this service's client certificate for mutual TLS; empty for none
 * @param keyStorePassword its password
 * @param keyStoreType its type
 * @param allowInsecureLoopback allow {@code http://} to loopback, for tests only
 * @param timeout connect timeout and the time allowed for the answer
 */
@ConfigurationProperties("psr.partner.https")
public record PartnerHttpsProperties(String endpoint, String signingSecret, String trustStore,
		String trustStorePassword, @DefaultValue("PKCS12") String trustStoreType, String keyStore,
		String keyStorePassword, @DefaultValue("PKCS12") String keyStoreType,
		@DefaultValue("false") boolean allowInsecureLoopback, @DefaultValue("10s") Duration timeout) {

}
