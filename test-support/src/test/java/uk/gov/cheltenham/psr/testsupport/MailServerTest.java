package uk.gov.cheltenham.psr.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.testsupport.MailServer.ReceivedMail;

import static org.assertj.core.api.Assertions.assertThat;

class MailServerTest {

	@Test
	void receivesPlainAndMultipartMessagesOverSmtp() throws Exception {
		try (MailServer mail = MailServer.start(0)) {
			Session session = session(mail);
			MimeMessage plain = new MimeMessage(session);
			plain.setFrom(new InternetAddress("psr@cheltenham.gov.uk"));
			plain.setRecipient(Message.RecipientType.TO, new InternetAddress("manager@cheltenham.gov.uk"));
			plain.setSubject("Incident reported");
			plain.setText("An incident needs review.");
			Transport.send(plain);

			MimeMessage multipart = new MimeMessage(session);
			multipart.setFrom(new InternetAddress("psr@cheltenham.gov.uk"));
			multipart.setRecipient(Message.RecipientType.TO, new InternetAddress("cro@cheltenham.gov.uk"));
			multipart.setSubject("Letter ready");
			MimeBodyPart text = new MimeBodyPart();
			text.setText("Plain version");
			MimeBodyPart html = new MimeBodyPart();
			html.setContent("<p>HTML version</p>", "text/html; charset=UTF-8");
			multipart.setContent(new MimeMultipart("alternative", text, html));
			Transport.send(multipart);

			List<ReceivedMail> received = mail.awaitMessages(2, Duration.ofSeconds(10));
			assertThat(received).extracting(ReceivedMail::subject).containsExactly("Incident reported", "Letter ready");
			assertThat(received.get(0).to()).containsExactly("manager@cheltenham.gov.uk");
			assertThat(received.get(0).from()).containsExactly("psr@cheltenham.gov.uk");
			assertThat(received.get(0).body()).contains("An incident needs review.");
			assertThat(received.get(1).body()).contains("Plain version");
			assertThat(mail.receivedMessagesFor("CRO@cheltenham.gov.uk")).hasSize(1);

			mail.reset();
			assertThat(mail.receivedMessages()).isEmpty();
		}
	}

	@Test
	void sharedServerIsOnePerJvm() {
		assertThat(MailServer.shared()).isSameAs(MailServer.shared());
		assertThat(MailServer.shared().smtpPort()).isPositive();
	}

	private static Session session(MailServer mail) {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", mail.host());
		properties.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
		return Session.getInstance(properties);
	}

}
