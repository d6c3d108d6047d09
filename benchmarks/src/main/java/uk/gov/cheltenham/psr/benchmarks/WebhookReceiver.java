package uk.gov.cheltenham.psr.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

/**
 * The team system's webhook endpoint on loopback: notes when each reference's
 * {@code MARKER_SET} call first arrives and answers 204. (A real receiver checks the
 * signature; the time that takes is not the register's.)
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4,
			OpenLoad.daemonThreads("psr-bench-webhook"));

	private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();

	private final AtomicLong calls = new AtomicLong();

	WebhookReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/hook", this::receive);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	/** When the marker of {@code reference} was first delivered, in nanoTime, or null. */
	Long arrivalOf(String reference) {
		return this.firstArrival.get(reference);
	}

	long calls() {
		return this.calls.get();
	}

	private void receive(HttpExchange exchange) throws IOException {
		long now = System.nanoTime();
		try (exchange; InputStream body = exchange.getRequestBody()) {
			this.calls.incrementAndGet();
			JsonNode notice = Http.JSON.readTree(body.readAllBytes());
			if ("MARKER_SET".equals(notice.path("event").asString())) {
				this.firstArrival.putIfAbsent(notice.path("reference").asString(), now);
			}
			exchange.sendResponseHeaders(204, -1);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
