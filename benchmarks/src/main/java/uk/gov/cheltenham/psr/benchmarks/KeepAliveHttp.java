package uk.gov.cheltenham.psr.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Pattern;

/**
 * The P2 driver's client: HTTP/1.1 POSTs over plain blocking sockets kept alive in a
 * pool, one request at a time per connection. The driver shares the two cores with the
 * stack it measures, and the JDK's {@code HttpClient} cost it ~1–2.5 CPU ms per report
 * (its selector thread and futures), CPU the stack then lacked; this costs a fraction of
 * that (see docs/benchmarks/results.md, session 9). It reads what Tomcat answers: a
 * {@code Content-Length} or chunked body, and {@code Connection: close}.
 */
final class KeepAliveHttp implements AutoCloseable {

	private static final int TIMEOUT_MILLIS = 30_000;

	/** Compiled once: {@code String.matches} would compile it for every answer. */
	private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] \\d{3}.*");

	private final InetSocketAddress address;

	private final String host;

	private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

	KeepAliveHttp(URI base) {
		this.address = new InetSocketAddress(base.getHost(), base.getPort());
		this.host = base.getHost() + ":" + base.getPort();
	}

	/**
	 * POSTs a JSON body; a call that fails without an answer gets status -1, as
	 * {@link Http} does. A kept-alive connection the server closed without answering
	 * (Tomcat closes idle ones) is retried once on a new one: should the server have read
	 * the request after all, a benchmark gets one more report, which is harmless.
	 */
	Http.Answer postJson(String path, String bearerToken, byte[] json) {
		byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + this.host
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nAuthorization: Bearer "
				+ bearerToken + "\r\nContent-Length: " + json.length + "\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		Connection connection = this.idle.pollFirst();
		boolean reused = connection != null;
		try {
			if (connection == null) {
				connection = new Connection(this.address);
			}
			Http.Answer answer;
			try {
				answer = connection.exchange(head, json);
			}
			catch (StaleConnection ex) {
				connection.close();
				if (!reused) {
					throw ex;
				}
				connection = new Connection(this.address);
				answer = connection.exchange(head, json);
			}
			if (connection.open) {
				this.idle.offerFirst(connection);
			}
			else {
				connection.close();
			}
			return answer;
		}
		catch (IOException ex) {
			if (connection != null) {
				connection.close();
			}
			return new Http.Answer(-1, ex.toString());
		}
	}

	@Override
	public void close() {
		Connection connection;
		while ((connection = this.idle.poll()) != null) {
			connection.close();
		}
	}

	/** The server closed a kept-alive connection without answering. */
	private static final class StaleConnection extends IOException {

		StaleConnection(String message) {
			super(message);
		}

	}

	private static final class Connection {

		private final Socket socket;

		private final OutputStream out;

		private final InputStream in;

		private boolean open = true;

		Connection(InetSocketAddress address) throws IOException {
			this.socket = new Socket();
			this.socket.setTcpNoDelay(true);
			this.socket.setSoTimeout(TIMEOUT_MILLIS);
			this.socket.connect(address, 5_000);
			this.out = this.socket.getOutputStream();
			this.in = new BufferedInputStream(this.socket.getInputStream(), 16 * 1024);
		}

		Http.Answer exchange(byte[] head, byte[] body) throws IOException {
			byte[] request = new byte[head.length + body.length];
			System.arraycopy(head, 0, request, 0, head.length);
			System.arraycopy(body, 0, request, head.length, body.length);
			try {
				this.out.write(request);
				this.out.flush();
			}
			catch (IOException ex) {
				throw new StaleConnection(ex.toString());
			}
			String statusLine = line();
			if (statusLine == null) {
				throw new StaleConnection("closed before an answer");
			}
			if (!STATUS_LINE.matcher(statusLine).matches()) {
				throw new IOException("not an HTTP/1.1 status line: " + statusLine);
			}
			int status = Integer.parseInt(statusLine.substring(9, 12));
			long contentLength = -1;
			boolean chunked = false;
			String header;
			while ((header = line()) != null && !header.isEmpty()) {
				int colon = header.indexOf(':');
				if (colon < 0) {
					throw new IOException("bad header line: " + header);
				}
				String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
				String value = header.substring(colon + 1).trim();
				switch (name) {
					case "content-length" -> contentLength = parseLength(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					case "connection" -> this.open &= !value.equalsIgnoreCase("close");
					default -> {
					}
				}
			}
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			if (chunked) {
				long size;
				while ((size = chunkSize()) > 0) {
					copy(size, answer);
					line();
				}
				while ((header = line()) != null && !header.isEmpty()) {
					// trailers: none expected, skipped
				}
			}
			else if (contentLength >= 0) {
				copy(contentLength, answer);
			}
			else {
				// no length: the body runs to the end of the connection
				this.in.transferTo(answer);
				this.open = false;
			}
			return new Http.Answer(status, answer.toString(StandardCharsets.UTF_8));
		}

		private static long parseLength(String value) throws IOException {
			try {
				return Long.parseLong(value);
			}
			catch (NumberFormatException ex) {
				throw new IOException("bad Content-Length: " + value, ex);
			}
		}

		private long chunkSize() throws IOException {
			String line = line();
			try {
				return Long.parseLong(((line != null) ? line : "").split(";", 2)[0].trim(), 16);
			}
			catch (NumberFormatException ex) {
				throw new IOException("bad chunk size: " + line, ex);
			}
		}

		private void copy(long length, ByteArrayOutputStream to) throws IOException {
			byte[] buffer = this.in.readNBytes((int) length);
			if (buffer.length != length) {
				throw new IOException("body ended early");
			}
			to.write(buffer);
		}

		/** One header line without its CRLF, or null at the end of the stream. */
		private String line() throws IOException {
			StringBuilder line = new StringBuilder(64);
			int c;
			while ((c = this.in.read()) != -1) {
				if (c == '\n') {
					int end = line.length();
					return (end > 0 && line.charAt(end - 1) == '\r') ? line.substring(0, end - 1) : line.toString();
				}
				line.append((char) c);
			}
			this.open = false;
			return (line.length() == 0) ? null : line.toString();
		}

		void close() {
			this.open = false;
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing: nothing left to do with it
			}
		}

	}

}
