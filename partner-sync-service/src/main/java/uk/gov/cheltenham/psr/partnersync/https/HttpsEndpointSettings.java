package uk.gov.cheltenham.psr.partnersync.https;

import java.time.Duration;

import uk.gov.cheltenham.psr.partnersync.tls.KeyStoreFile;

/**
 * The partner's HTTPS endpoint as configured.
 *
 * @param endpoint where updates are POSTed, {@code https://...}
 * @param signingSecret the shared secret requests are signed with; may be empty when
 * mutual TLS authenticates instead
 * @param trustStore which server certificates are trusted; unconfigured for the JVM's
 * @param keyStore this service's client certificate for mutual TLS, or unconfigured
 * @param allowInsecureLoopback whether {@code http://} to a loopback address is allowed
 * (tests and local runs only)
 * @param timeout connect timeout, and the time allowed for the answer
 */
public record HttpsEndpointSettings(String endpoint, String signingSecret, KeyStoreFile trustStore,
		KeyStoreFile keyStore, boolean allowInsecureLoopback, Duration timeout) {

}
