package uk.gov.cheltenham.psr.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Finds loopback ports nobody listens on. Another process may still take the port before
 * it is used, which is an accepted risk for tests.
 */
public final class FreePorts {

	private FreePorts() {
	}

	/**
	 * A free loopback port.
	 * @param excluded ports not to return
	 * @return the port
	 */
	public static int find(int... excluded) {
		for (int attempt = 0; attempt < 20; attempt++) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				int port = socket.getLocalPort();
				if (!contains(excluded, port)) {
					return port;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw new IllegalStateException("No free port found");
	}

	/**
	 * Whether nothing listens on the given loopback port.
	 * @param port the port
	 * @return {@code true} if it can be bound
	 */
	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean contains(int[] ports, int port) {
		for (int candidate : ports) {
			if (candidate == port) {
				return true;
			}
		}
		return false;
	}

}
