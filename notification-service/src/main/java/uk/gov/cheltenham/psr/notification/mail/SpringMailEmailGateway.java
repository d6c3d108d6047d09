package uk.gov.cheltenham.psr.notification.mail;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.notification.delivery.DeliveryFailure;
import uk.gov.cheltenham.psr.notification.delivery.EmailGateway;
import uk.gov.cheltenham.psr.notification.delivery.TeamNotice;

/** Sends a team notice as a plain-text email from the register's own address. */
@Component
class SpringMailEmailGateway implements EmailGateway {

	private final JavaMailSender mailSender;

	private final String from;

	SpringMailEmailGateway(JavaMailSender mailSender, @Value("${psr.notification.from}") String from) {
		this.mailSender = mailSender;
		this.from = from;
	}

	@Override
	public void send(String recipient, TeamNotice notice) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(recipient);
		message.setSubject(notice.subject());
		message.setText(notice.body());
		try {
			this.mailSender.send(message);
		}
		catch (MailException ex) {
			throw new DeliveryFailure(describe(ex));
		}
	}

	/**
	 * What went wrong, as the chain of exception types. Messages are left out: a mail
	 * server's reply names the recipient and may quote the message (D1).
	 */
	static String describe(Throwable failure) {
		List<String> types = new ArrayList<>();
		Throwable cause = failure;
		while (cause != null && types.size() < 5) {
			types.add(cause.getClass().getSimpleName());
			cause = (cause.getCause() != cause) ? cause.getCause() : null;
		}
		if (failure instanceof org.springframework.mail.MailSendException send) {
			for (Exception nested : send.getFailedMessages().values()) {
				Throwable inner = nested;
				while (inner != null && types.size() < 8) {
					types.add(inner.getClass().getSimpleName());
					inner = (inner.getCause() != inner) ? inner.getCause() : null;
				}
			}
		}
		return String.join(" <- ", types);
	}

}
