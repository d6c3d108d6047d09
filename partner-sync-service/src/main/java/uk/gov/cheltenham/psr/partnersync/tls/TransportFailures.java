package uk.gov.cheltenham.psr.partnersync.tls;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

import javax.net.ssl.SSLException;

/**
 * Why a connection to the partner failed, in fixed words: never an exception's message,
 * which may echo a server's reply or an address.
 */
public final class TransportFailures {

	private TransportFailures() {
	}

	/**
	 * The TLS or network cause of a failure, if it has one.
	 * @param failure what was thrown
	 * @param what the partner's server, e.g. {@code Mail server}
	 * @return the description, or empty when the failure is neither
	 */
	public static Optional<String> describe(Throwable failure, String what) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SSLException) {
				return Optional.of("TLS handshake refused: certificate not trusted or not for this host ("
						+ cause.getClass().getSimpleName() + ")");
			}
			if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
					|| cause instanceof HttpTimeoutException || cause instanceof UnknownHostException) {
				return Optional.of(what + " unreachable (" + cause.getClass().getSimpleName() + ")");
			}
		}
		return Optional.empty();
	}

}
