package uk.gov.cheltenham.psr.partnersync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed server certificate for {@code localhost} made at test time with the JDK's
 * keytool (no private key is ever committed), and a trust store holding just that
 * certificate.
 *
 * @param keyStore the server's key and certificate (PKCS12)
 * @param trustStore the certificate alone (PKCS12)
 * @param password the password of both
 */
public record TestTls(Path keyStore, Path trustStore, String password) {

	/**
	 * Generates a fresh key pair and certificate for {@code localhost} / 127.0.0.1.
	 * @param directory where the stores go
	 * @param name a name for the files
	 * @return the stores
	 */
	public static TestTls generate(Path directory, String name) {
		String password = "test-" + name;
		Path keyStore = directory.resolve(name + "-server.p12");
		Path certificate = directory.resolve(name + ".cer");
		Path trustStore = directory.resolve(name + "-trust.p12");
		keytool("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keyStore.toString(),
				"-storetype", "PKCS12", "-storepass", password, "-keypass", password);
		keytool("-exportcert", "-alias", name, "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass",
				password, "-file", certificate.toString());
		keytool("-importcert", "-noprompt", "-alias", name, "-file", certificate.toString(), "-keystore",
				trustStore.toString(), "-storetype", "PKCS12", "-storepass", password);
		return new TestTls(keyStore, trustStore, password);
	}

	/** The server side: presents this certificate. */
	public SSLContext serverContext() {
		return serverContext(null);
	}

	/**
	 * The server side for mutual TLS: presents this certificate and trusts the clients'.
	 * @param clients the client certificate to trust, or {@code null} for the JVM's
	 * @return the context
	 */
	public SSLContext serverContext(TestTls clients) {
		try {
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(load(this.keyStore, this.password), this.password.toCharArray());
			TrustManager[] trust = null;
			if (clients != null) {
				TrustManagerFactory factory = TrustManagerFactory
					.getInstance(TrustManagerFactory.getDefaultAlgorithm());
				factory.init(load(clients.trustStore(), clients.password()));
				trust = factory.getTrustManagers();
			}
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), trust, null);
			return context;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyStore load(Path file, String password) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password.toCharArray());
			return store;
		}
	}

	private static void keytool(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException("keytool failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
