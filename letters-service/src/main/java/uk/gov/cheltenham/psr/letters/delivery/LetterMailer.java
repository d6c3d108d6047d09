package uk.gov.cheltenham.psr.letters.delivery;

import java.util.Collection;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.platform.work.FailureDescription;

/**
 * Emails a letter (L7): the plain-text rendering as the body, the PDF attached, the
 * delivery's stable {@code Message-ID}. The subject names no one.
 */
@Component
class LetterMailer {

	static final String SUBJECT = "A letter from Cheltenham Borough Council";

	static final String ATTACHMENT_NAME = "letter-from-cheltenham-borough-council.pdf";

	private final JavaMailSender mailSender;

	private final String from;

	LetterMailer(JavaMailSender mailSender, @Value("${psr.letters.from}") String from) {
		this.mailSender = mailSender;
		this.from = from;
	}

	/**
	 * Sends the letter.
	 * @param messageId the {@code Message-ID}, the same for every attempt of one delivery
	 */
	void send(String recipient, String text, byte[] pdf, String messageId) {
		MimeMessage message = this.mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(recipient);
			helper.setSubject(SUBJECT);
			helper.setText(text, false);
			helper.addAttachment(ATTACHMENT_NAME, new ByteArrayResource(pdf), "application/pdf");
			// kept by JavaMailSenderImpl over the one saveChanges() would generate
			message.setHeader("Message-ID", messageId);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not build the letter's email", ex);
		}
		this.mailSender.send(message);
	}

	/**
	 * What went wrong, as the chain of exception types with the mail server's failed
	 * messages after it; never the server's reply, which names the recipient (D1).
	 */
	static String describe(Throwable failure) {
		Collection<Exception> failedMessages = (failure instanceof MailSendException send)
				? send.getFailedMessages().values() : List.of();
		return FailureDescription.of(failure, failedMessages, Class::getName);
	}

}
