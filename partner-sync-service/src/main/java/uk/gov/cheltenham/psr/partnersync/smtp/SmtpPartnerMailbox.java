package uk.gov.cheltenham.psr.partnersync.smtp;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import uk.gov.cheltenham.psr.partnersync.outbound.PartnerDeliveryException;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerChannel;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerMessage;
import uk.gov.cheltenham.psr.partnersync.tls.KeyStoreFile;
import uk.gov.cheltenham.psr.partnersync.tls.TlsContexts;
import uk.gov.cheltenham.psr.partnersync.tls.TransportFailures;

/**
 * Sends to the partner by Spring Mail with STARTTLS enabled AND required and the server's
 * identity checked, so a server that offers no STARTTLS, or whose certificate is not
 * trusted or not for its name, gets nothing: the send fails rather than fall back to
 * plaintext.
 */
public class SmtpPartnerMailbox implements PartnerChannel {

	private final JavaMailSenderImpl sender;

	private final String from;

	SmtpPartnerMailbox(JavaMailSenderImpl sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	/**
	 * A mailbox for the given server that only ever talks TLS.
	 * @param settings the server, sender address and trust store
	 * @return the mailbox
	 */
	public static SmtpPartnerMailbox requiringTls(PartnerSmtpSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		sender.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		properties.setProperty("mail.transport.protocol", "smtp");
		properties.setProperty("mail.smtp.starttls.enable", "true");
		// without this, a server that offers no STARTTLS would get the mail in plaintext
		properties.setProperty("mail.smtp.starttls.required", "true");
		properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
		String timeout = Long.toString(settings.timeout().toMillis());
		properties.setProperty("mail.smtp.connectiontimeout", timeout);
		properties.setProperty("mail.smtp.timeout", timeout);
		properties.setProperty("mail.smtp.writetimeout", timeout);
		if (settings.username() != null && !settings.username().isBlank()) {
			sender.setUsername(settings.username());
			sender.setPassword(settings.password());
			properties.setProperty("mail.smtp.auth", "true");
		}
		if (settings.trustStore() != null && !settings.trustStore().isBlank()) {
			// the socket used for STARTTLS: it trusts exactly this store
			KeyStoreFile trustStore = new KeyStoreFile(settings.trustStore(), settings.trustStorePassword(),
					settings.trustStoreType());
			properties.put("mail.smtp.ssl.socketFactory",
					TlsContexts.context(trustStore, new KeyStoreFile(null, null, null)).getSocketFactory());
		}
		sender.setJavaMailProperties(properties);
		return new SmtpPartnerMailbox(sender, settings.from());
	}

	@Override
	public void deliver(PartnerMessage message) throws PartnerDeliveryException {
		try {
			MimeMessage mime = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			helper.setText(message.textBody(), false);
			// the partner's key for dropping a copy sent twice
			mime.setHeader("X-PSR-Update-Id", message.updateId().toString());
			// kept by JavaMailSenderImpl over the one saveChanges() would generate
			mime.setHeader("Message-ID", message.messageId());
			this.sender.send(mime);
		}
		catch (MailException | MessagingException ex) {
			throw new PartnerDeliveryException(reasonFor(ex), ex);
		}
	}

	/** A fixed description, never the server's reply (which may echo an address). */
	static String reasonFor(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String text = cause.getMessage();
			if (text != null && text.contains("STARTTLS is required but host does not support STARTTLS")) {
				return "Server offers no STARTTLS; not sent in plaintext";
			}
		}
		return TransportFailures.describe(ex, "Mail server")
			.orElse("Send failed (" + ex.getClass().getSimpleName() + ")");
	}

}
