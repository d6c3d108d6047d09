package uk.gov.cheltenham.psr.partnersync.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the TLS context for talking to the partner: the server certificates trusted are
 * exactly those of the configured trust store (the JVM's own when none is configured),
 * and the client certificate for mutual TLS, when one is configured, is presented.
 */
public final class TlsContexts {

	private TlsContexts() {
	}

	/**
	 * A TLS context.
	 * @param trustStore the trust store for server certificates, or unconfigured
	 * @param keyStore this service's key and certificate, or unconfigured
	 * @return the context
	 * @throws IllegalStateException if a store cannot be read
	 */
	public static SSLContext context(KeyStoreFile trustStore, KeyStoreFile keyStore) {
		try {
			TrustManager[] trust = null;
			if (trustStore.isConfigured()) {
				TrustManagerFactory factory = TrustManagerFactory
					.getInstance(TrustManagerFactory.getDefaultAlgorithm());
				factory.init(load(trustStore));
				trust = factory.getTrustManagers();
			}
			KeyManager[] keys = null;
			if (keyStore.isConfigured()) {
				KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
				factory.init(load(keyStore), password(keyStore));
				keys = factory.getKeyManagers();
			}
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys, trust, null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot load the partner TLS key or trust store", ex);
		}
	}

	private static KeyStore load(KeyStoreFile file) throws IOException, GeneralSecurityException {
		try (InputStream in = Files.newInputStream(Path.of(file.path()))) {
			KeyStore store = KeyStore.getInstance(file.type());
			store.load(in, password(file));
			return store;
		}
	}

	private static char[] password(KeyStoreFile file) {
		return (file.password() != null) ? file.password().toCharArray() : null;
	}

}
