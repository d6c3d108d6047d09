package uk.gov.cheltenham.psr.testsupport;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on loopback that keeps every message it receives.
 */
public final class MailServer implements AutoCloseable {

	private final GreenMail greenMail;

	private final int smtpPort;

	private MailServer(GreenMail greenMail, int smtpPort) {
		this.greenMail = greenMail;
		this.smtpPort = smtpPort;
	}

	/**
	 * Starts an SMTP server on {@code 127.0.0.1}.
	 * @param smtpPort the port, or 0 for a free one
	 * @return the running server
	 */
	public static MailServer start(int smtpPort) {
		int port = (smtpPort != 0) ? smtpPort : FreePorts.find();
		GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			// services send unauthenticated, but a configured login must not fail either
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		greenMail.start();
		return new MailServer(greenMail, port);
	}

	/**
	 * A server shared by everything in this JVM, started on first use on a free port and
	 * stopped when the JVM exits.
	 * @return the shared server
	 */
	public static MailServer shared() {
		return Shared.MAIL;
	}

	public String host() {
		return "127.0.0.1";
	}

	public int smtpPort() {
		return this.smtpPort;
	}

	/**
	 * Every message received since the start or the last {@link #reset()}.
	 * @return the messages, oldest first
	 */
	public List<ReceivedMail> receivedMessages() {
		List<ReceivedMail> mails = new ArrayList<>();
		for (MimeMessage message : this.greenMail.getReceivedMessages()) {
			mails.add(ReceivedMail.of(message));
		}
		return mails;
	}

	/**
	 * The received messages with the given recipient.
	 * @param address the recipient, compared ignoring case
	 * @return the messages, oldest first
	 */
	public List<ReceivedMail> receivedMessagesFor(String address) {
		return receivedMessages().stream()
			.filter((mail) -> mail.to().stream().anyMatch((to) -> to.equalsIgnoreCase(address)))
			.toList();
	}

	/**
	 * Waits until at least {@code count} messages have arrived.
	 * @param count how many
	 * @param timeout how long to wait
	 * @return the messages received so far
	 * @throws IllegalStateException if fewer arrived in time
	 */
	public List<ReceivedMail> awaitMessages(int count, Duration timeout) {
		if (!this.greenMail.waitForIncomingEmail(timeout.toMillis(), count)) {
			throw new IllegalStateException("Expected " + count + " message(s) within " + timeout + " but got "
					+ this.greenMail.getReceivedMessages().length);
		}
		return receivedMessages();
	}

	/**
	 * Forgets every received message.
	 */
	public void reset() {
		try {
			this.greenMail.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not purge mailboxes", ex);
		}
	}

	/**
	 * The GreenMail instance, for anything the helpers here do not cover.
	 * @return the server
	 */
	public GreenMail greenMail() {
		return this.greenMail;
	}

	public void stop() {
		this.greenMail.stop();
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * A received message reduced to what tests check.
	 *
	 * @param subject the subject
	 * @param from the sender addresses
	 * @param to the To recipients
	 * @param body the text body: the {@code text/plain} part if there is one, else the
	 * {@code text/html} one
	 * @param message the full message
	 */
	public record ReceivedMail(String subject, List<String> from, List<String> to, String body, MimeMessage message) {

		/**
		 * Reads a message as tests see it.
		 * @throws IllegalStateException if it cannot be read
		 */
		public static ReceivedMail of(MimeMessage message) {
			try {
				return new ReceivedMail(message.getSubject(), addresses(message.getFrom()),
						addresses(message.getRecipients(Message.RecipientType.TO)), text(message), message);
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException("Unreadable message", ex);
			}
		}

		private static List<String> addresses(Address[] addresses) {
			if (addresses == null) {
				return List.of();
			}
			return Arrays.stream(addresses)
				.map((address) -> (address instanceof jakarta.mail.internet.InternetAddress internet)
						? internet.getAddress() : address.toString())
				.toList();
		}

		private static String text(Part part) throws MessagingException, IOException {
			String plain = find(part, "text/plain");
			return (plain != null) ? plain : find(part, "text/html");
		}

		private static String find(Part part, String type) throws MessagingException, IOException {
			if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return part.getContent().toString();
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					String found = find(child, type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}

		@Override
		public String toString() {
			return "ReceivedMail[subject=" + this.subject + ", to=" + this.to + ", body="
					+ ((this.body != null) ? this.body.length() : 0) + " chars]";
		}

	}

	private static final class Shared {

		static final MailServer MAIL = startShared();

		private static MailServer startShared() {
			MailServer mail = start(0);
			Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "psr-mail-shutdown"));
			return mail;
		}

	}

}
