package uk.gov.cheltenham.psr.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback standing in for team systems' webhook endpoints: it
 * records every call (headers and raw body) and answers as each endpoint is told to.
 * Endpoints answer 200 unless told otherwise.
 */
final class TeamWebhookServer implements AutoCloseable {

	/** How an endpoint answers its n-th call (from 1); may take its time. */
	@FunctionalInterface
	interface Answer {

		int status(int callNumber) throws InterruptedException;

	}

	record Call(String path, Map<String, String> headers, byte[] body, Instant receivedAt) {

		String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

	}

	private final HttpServer server;

	private final ExecutorService executor;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	TeamWebhookServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		// one thread per call: an endpoint that hangs must not hold the others
		this.executor = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "team-webhook");
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** A new endpoint path, answering 200. */
	String newEndpoint() {
		return "/hooks/" + UUID.randomUUID();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	void answer(String path, Answer answer) {
		this.answers.put(path, answer);
	}

	List<Call> callsTo(String path) {
		return this.calls.stream().filter((call) -> call.path().equals(path)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			String path = exchange.getRequestURI().getPath();
			Map<String, String> headers = new ConcurrentHashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
			Call call = new Call(path, headers, in.readAllBytes(), Instant.now());
			this.calls.add(call);
			int callNumber = callsTo(path).size();
			int status;
			try {
				status = this.answers.getOrDefault(path, (n) -> 200).status(callNumber);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			exchange.sendResponseHeaders(status, -1);
		}
		catch (IOException ex) {
			// the caller gave up waiting (a timeout under test): nothing to answer
		}
		finally {
			exchange.close();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
