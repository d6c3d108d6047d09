package uk.gov.cheltenham.psr.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A receiver of HTTP POSTs on loopback that stands in for a team's webhook or the
 * partner's HTTPS endpoint in local runs and the ledger, and can be made to fail: while
 * {@link #failWith(int)} is in force every call is answered with that status, until
 * {@link #recover()}. Every call is kept with its headers (names in lower case), body and
 * answer, so a test can count what was accepted and see repeats by their delivery id or
 * idempotency key.
 */
public final class FlakyReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Call> calls = new ArrayList<>();

	private final int keep;

	private volatile int failing;

	private FlakyReceiver(HttpServer server, int keep) {
		this.server = server;
		this.keep = keep;
	}

	/**
	 * Starts on loopback.
	 * @param port the port, or 0 for a free one
	 * @return the running receiver, answering 200 to every POST and keeping every call
	 */
	public static FlakyReceiver start(int port) {
		return start(port, Integer.MAX_VALUE);
	}

	/**
	 * Starts on loopback, keeping only the latest calls (a receiver that runs for as long
	 * as a local stack does).
	 * @param port the port, or 0 for a free one
	 * @param keep how many of the latest calls {@link #calls()} returns
	 * @return the running receiver, answering 200 to every POST
	 */
	public static FlakyReceiver start(int port, int keep) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
			FlakyReceiver receiver = new FlakyReceiver(server, keep);
			server.createContext("/", receiver::handle);
			server.setExecutor(Executors.newFixedThreadPool(4, (runnable) -> {
				Thread thread = new Thread(runnable, "flaky-receiver");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			byte[] body = in.readAllBytes();
			Map<String, String> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
			int status = (this.failing != 0) ? this.failing : 200;
			synchronized (this.calls) {
				this.calls.add(new Call(exchange.getRequestURI().getPath(), headers, body, status));
				if (this.calls.size() > this.keep) {
					this.calls.remove(0);
				}
			}
			exchange.sendResponseHeaders(status, -1);
		}
	}

	/** From now on every call is answered with {@code status} (e.g. 500). */
	public void failWith(int status) {
		this.failing = status;
	}

	/** From now on every call is answered 200 again. */
	public void recover() {
		this.failing = 0;
	}

	/**
	 * The URL of {@code path} on this receiver.
	 * @param path starting with {@code /}
	 * @return e.g. {@code http://127.0.0.1:40123/webhook}
	 */
	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/**
	 * Every call so far, oldest first.
	 * @return a copy
	 */
	public List<Call> calls() {
		synchronized (this.calls) {
			return List.copyOf(this.calls);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One call received.
	 *
	 * @param path the request path
	 * @param headers header names in lower case
	 * @param body the request body
	 * @param answered the status it was answered with
	 */
	public record Call(String path, Map<String, String> headers, byte[] body, int answered) {

		public boolean accepted() {
			return this.answered >= 200 && this.answered <= 299;
		}

	}

}
