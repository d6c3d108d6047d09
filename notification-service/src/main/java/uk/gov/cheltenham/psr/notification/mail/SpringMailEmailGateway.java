package uk.gov.cheltenham.psr.notification.mail;

import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.notification.delivery.DeliveryFailure;
import uk.gov.cheltenham.psr.notification.delivery.EmailGateway;
import uk.gov.cheltenham.psr.notification.delivery.TeamNotice;
import uk.gov.cheltenham.psr.platform.work.FailureDescription;

/**
 * Sends a team notice as a plain-text email from the register's own address, with the
 * delivery's stable {@code Message-ID}.
 */
@Component
class SpringMailEmailGateway implements EmailGateway {

	private final JavaMailSender mailSender;

	private final String from;

	SpringMailEmailGateway(JavaMailSender mailSender, @Value("${psr.notification.from}") String from) {
		this.mailSender = mailSender;
		this.from = from;
	}

	@Override
	public void send(String recipient, TeamNotice notice, String messageId) {
		try {
			this.mailSender.send((message) -> {
				MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
				helper.setFrom(this.from);
				helper.setTo(recipient);
				helper.setSubject(notice.subject());
				helper.setText(notice.body());
				// kept by JavaMailSenderImpl over the one saveChanges() would generate
				message.setHeader("Message-ID", messageId);
			});
		}
		catch (MailException ex) {
			throw new DeliveryFailure(describe(ex));
		}
	}

	/**
	 * What went wrong, as the chain of exception types with the mail server's failed
	 * messages after it; never the server's reply, which names the recipient (D1).
	 */
	static String describe(Throwable failure) {
		Collection<Exception> failedMessages = (failure instanceof MailSendException send)
				? send.getFailedMessages().values() : List.of();
		return FailureDescription.of(failure, failedMessages, Class::getSimpleName);
	}

}
