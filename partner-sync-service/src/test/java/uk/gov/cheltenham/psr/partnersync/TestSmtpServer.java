package uk.gov.cheltenham.psr.partnersync;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;

import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.smtp.server.Session;

/**
 * A SubEthaSMTP server in the test JVM (GreenMail has no STARTTLS): either requiring
 * STARTTLS with a given certificate, or offering none at all. Records what arrived and
 * whether TLS was on when it did.
 */
public final class TestSmtpServer implements AutoCloseable {

	/** One message as received. */
	public record Received(String recipient, String content, boolean overTls) {

	}

	private final SMTPServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private TestSmtpServer(SSLContext tls) {
		SMTPServer.Builder builder = new SMTPServer.Builder().bindAddress(loopback())
			.hostName("localhost")
			.port(0)
			.messageHandler((context, from, to, data) -> this.received
				.add(new Received(to, new String(data, StandardCharsets.UTF_8), ((Session) context).isTLSStarted())));
		if (tls != null) {
			builder.enableTLS().requireTLS().startTlsSocketFactory(tls);
		}
		else {
			builder.enableTLS(false);
		}
		this.server = builder.build();
		this.server.start();
	}

	/** Requires STARTTLS, presenting the given certificate. */
	public static TestSmtpServer requiringTls(TestTls certificate) {
		return new TestSmtpServer(certificate.serverContext());
	}

	/** Offers no STARTTLS at all. */
	public static TestSmtpServer plaintextOnly() {
		return new TestSmtpServer(null);
	}

	public int port() {
		return this.server.getPortAllocated();
	}

	public List<Received> received() {
		return List.copyOf(this.received);
	}

	@Override
	public void close() {
		this.server.stop();
	}

	private static InetAddress loopback() {
		try {
			return InetAddress.getByName("127.0.0.1");
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
