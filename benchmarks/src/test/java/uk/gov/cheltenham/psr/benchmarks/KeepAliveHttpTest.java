package uk.gov.cheltenham.psr.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The P2 driver's client against a plain HTTP/1.1 server that answers as scripted. */
class KeepAliveHttpTest {

	private static final String CREATED = "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n";

	private final ScriptedServer server = new ScriptedServer();

	@AfterEach
	void stop() throws IOException {
		this.server.close();
	}

	@Test
	void postsTheJsonWithItsTokenAndReadsALengthDelimitedAnswer() {
		this.server.answer((request) -> "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 11\r\n\r\n{\"id\":\"a\"}\n");
		try (KeepAliveHttp http = new KeepAliveHttp(this.server.uri())) {
			Http.Answer answer = http.postJson("/api/incidents", "t0k3n", "{\"x\":1}".getBytes(StandardCharsets.UTF_8));
			assertThat(answer.status()).isEqualTo(201);
			assertThat(answer.body()).isEqualTo("{\"id\":\"a\"}\n");
		}
		Request request = this.server.requests().get(0);
		assertThat(request.line()).isEqualTo("POST /api/incidents HTTP/1.1");
		assertThat(request.headers()).contains("authorization: Bearer t0k3n", "content-type: application/json",
				"content-length: 7");
		assertThat(request.body()).isEqualTo("{\"x\":1}");
	}

	@Test
	void readsAChunkedAnswerAndKeepsTheConnectionForTheNextRequest() {
		this.server.answer((request) -> "HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n"
				+ "5\r\n{\"a\":\r\n3\r\n 1}\r\n0\r\n\r\n");
		this.server.answer((request) -> CREATED);
		try (KeepAliveHttp http = new KeepAliveHttp(this.server.uri())) {
			Http.Answer first = http.postJson("/p", "t", new byte[0]);
			Http.Answer second = http.postJson("/p", "t", new byte[0]);
			assertThat(first.status()).isEqualTo(400);
			assertThat(first.body()).isEqualTo("{\"a\": 1}");
			assertThat(second.status()).isEqualTo(201);
		}
		assertThat(this.server.connections()).isEqualTo(1);
	}

	@Test
	void aConnectionTheServerClosesIsNotReused() {
		this.server.answer((request) -> "HTTP/1.1 201 Created\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
		this.server.answer((request) -> CREATED);
		assertThat(connectionsForTwoCreatedReports()).isEqualTo(2);
	}

	@Test
	void aKeptConnectionClosedWithoutAnAnswerIsRetriedOnceOnANewOne() {
		this.server.answer((request) -> CREATED);
		// the server drops the kept connection without answering the second request
		this.server.answer((request) -> null);
		this.server.answer((request) -> CREATED);
		assertThat(connectionsForTwoCreatedReports()).isEqualTo(2);
	}

	/** Posts twice, each answered 201, and says over how many connections. */
	private int connectionsForTwoCreatedReports() {
		try (KeepAliveHttp http = new KeepAliveHttp(this.server.uri())) {
			assertThat(http.postJson("/p", "t", new byte[0]).status()).isEqualTo(201);
			assertThat(http.postJson("/p", "t", new byte[0]).status()).isEqualTo(201);
		}
		return this.server.connections();
	}

	@Test
	void noServerIsAnAnswerWithoutAStatus() throws IOException {
		URI nobody = this.server.uri();
		this.server.close();
		try (KeepAliveHttp http = new KeepAliveHttp(nobody)) {
			Http.Answer answer = http.postJson("/p", "t", new byte[0]);
			assertThat(answer.status()).isEqualTo(-1);
			assertThat(answer.is2xx()).isFalse();
		}
	}

	record Request(String line, List<String> headers, String body) {
	}

	/**
	 * Answers each request with the next scripted answer, in order across connections; a
	 * null answer closes the connection instead.
	 */
	static final class ScriptedServer implements AutoCloseable {

		private final ServerSocket socket;

		private final ConcurrentLinkedQueue<Function<Request, String>> answers = new ConcurrentLinkedQueue<>();

		private final List<Request> requests = new CopyOnWriteArrayList<>();

		private volatile int connections;

		ScriptedServer() {
			try {
				this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			Thread acceptor = new Thread(this::accept, "scripted-server");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		void answer(Function<Request, String> answer) {
			this.answers.add(answer);
		}

		URI uri() {
			return URI.create("http://127.0.0.1:" + this.socket.getLocalPort());
		}

		List<Request> requests() {
			return this.requests;
		}

		int connections() {
			return this.connections;
		}

		private void accept() {
			while (!this.socket.isClosed()) {
				try (Socket connection = this.socket.accept()) {
					this.connections++;
					serve(connection);
				}
				catch (IOException ex) {
					// closed, or the client went away: take the next connection
				}
			}
		}

		private void serve(Socket connection) throws IOException {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
			OutputStream out = connection.getOutputStream();
			String line;
			while ((line = in.readLine()) != null) {
				List<String> headers = new CopyOnWriteArrayList<>();
				int length = 0;
				String header;
				while ((header = in.readLine()) != null && !header.isEmpty()) {
					String lower = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT)
							+ header.substring(header.indexOf(':'));
					headers.add(lower);
					if (lower.startsWith("content-length:")) {
						length = Integer.parseInt(lower.substring(15).trim());
					}
				}
				char[] body = new char[length];
				int read = 0;
				while (read < length) {
					read += in.read(body, read, length - read);
				}
				Request request = new Request(line, headers, new String(body));
				this.requests.add(request);
				Function<Request, String> answer = this.answers.poll();
				String text = (answer != null) ? answer.apply(request) : null;
				if (text == null) {
					return;
				}
				out.write(text.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				if (text.toLowerCase(Locale.ROOT).contains("connection: close")) {
					return;
				}
			}
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

}
