package uk.gov.cheltenham.psr.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.cheltenham.psr.testsupport.MailServer;
import uk.gov.cheltenham.psr.testsupport.MailServer.ReceivedMail;

/**
 * A tiny HTTP API over the mail catcher, so people and tests can see what the services
 * sent: {@code GET /messages} lists every captured message as JSON (oldest first),
 * {@code GET /messages?from=N} those after the first {@code N}, and
 * {@code DELETE /messages} forgets them. The list only grows at its end, so a reader can
 * ask for what is new: GreenMail lists its messages mailbox by mailbox, so a new message
 * to one mailbox would come before older ones to another; this API lists them in the
 * order it first saw them. Loopback only, no authentication: it is a local development
 * tool.
 */
public final class MailCatcherApi implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService executor;

	private MailServer mail;

	/** Every message seen, earlier servers' first, in the order first seen. */
	private final List<ReceivedMail> seen = new ArrayList<>();

	/** The current server's messages that are in {@link #seen}. */
	private final Set<MimeMessage> seenOfCurrent = Collections.newSetFromMap(new IdentityHashMap<>());

	private MailCatcherApi(HttpServer server, ExecutorService executor, MailServer mail) {
		this.server = server;
		this.executor = executor;
		this.mail = mail;
	}

	/**
	 * Starts the API on {@code 127.0.0.1}.
	 * @param port the port, or 0 for a free one
	 * @param mail the mail server whose messages to show
	 * @return the running API
	 */
	public static MailCatcherApi start(int port, MailServer mail) {
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on 127.0.0.1:" + port, ex);
		}
		ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "psr-mail-api");
			thread.setDaemon(true);
			return thread;
		});
		MailCatcherApi api = new MailCatcherApi(server, executor, mail);
		server.createContext("/messages", api::messages);
		server.setExecutor(executor);
		server.start();
		return api;
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public String messagesUrl() {
		return "http://127.0.0.1:" + port() + "/messages";
	}

	/**
	 * Keeps what a server that has stopped received (after it stopped, so that nothing it
	 * accepted while stopping is missed), and lists nothing new until {@link #serve}
	 * names its successor.
	 * @param gone the stopped server
	 */
	public synchronized void serverGone(MailServer gone) {
		if (this.mail == gone) {
			catchUp();
			this.mail = null;
			this.seenOfCurrent.clear();
		}
	}

	/**
	 * Lists what a new server receives, after what earlier ones had.
	 * @param next the running server
	 */
	public synchronized void serve(MailServer next) {
		this.mail = next;
	}

	public void stop() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	@Override
	public void close() {
		stop();
	}

	private void messages(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!exchange.getRequestURI().getPath().equals("/messages")) {
				send(exchange, 404, "{\"error\":\"not found\"}");
			}
			else if (exchange.getRequestMethod().equals("GET")) {
				Integer from = from(exchange.getRequestURI().getRawQuery());
				if (from == null) {
					send(exchange, 400, "{\"error\":\"from must be a number of messages\"}");
				}
				else {
					send(exchange, 200, JSON.writeValueAsString(list(from)));
				}
			}
			else if (exchange.getRequestMethod().equals("DELETE")) {
				forget();
				exchange.sendResponseHeaders(204, -1);
			}
			else {
				exchange.getResponseHeaders().set("Allow", "GET, DELETE");
				send(exchange, 405, "{\"error\":\"use GET or DELETE\"}");
			}
		}
	}

	/** {@code from=N} of a query, 0 without one, {@code null} if not a count. */
	private static Integer from(String query) {
		if (query == null || query.isEmpty()) {
			return 0;
		}
		if (!query.matches("from=\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(query.substring("from=".length()));
	}

	private synchronized void forget() {
		this.seen.clear();
		this.seenOfCurrent.clear();
		if (this.mail != null) {
			this.mail.reset();
		}
	}

	/** Adds the current server's messages not seen yet, reading only those. */
	private void catchUp() {
		if (this.mail == null) {
			return;
		}
		for (MimeMessage message : this.mail.greenMail().getReceivedMessages()) {
			if (this.seenOfCurrent.add(message)) {
				this.seen.add(ReceivedMail.of(message));
			}
		}
	}

	private synchronized List<Object> list(int from) {
		catchUp();
		List<Object> messages = new ArrayList<>();
		for (ReceivedMail received : this.seen.subList(Math.min(from, this.seen.size()), this.seen.size())) {
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("to", received.to());
			message.put("from", received.from());
			message.put("subject", received.subject());
			message.put("body", received.body());
			message.put("receivedAt", receivedAt(received));
			// a repeat of one notice carries the same Message-ID
			message.put("messageId", messageId(received));
			messages.add(message);
		}
		return messages;
	}

	private static String messageId(ReceivedMail received) {
		try {
			return received.message().getMessageID();
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static String receivedAt(ReceivedMail received) {
		try {
			Date date = received.message().getReceivedDate();
			return (date != null) ? date.toInstant().toString() : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
