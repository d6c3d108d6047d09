package uk.gov.cheltenham.psr.localstack;

import java.time.Instant;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.MailServer;

import static org.assertj.core.api.Assertions.assertThat;

class MailCatcherApiTest {

	private MailServer mail;

	private MailCatcherApi api;

	@BeforeEach
	void start() {
		this.mail = MailServer.start(0);
		this.api = MailCatcherApi.start(0, this.mail);
	}

	@AfterEach
	void stop() {
		this.api.stop();
		this.mail.stop();
	}

	@Test
	void listsCapturedMessagesAndForgetsThemOnDelete() throws Exception {
		send("team@council.example", "Customer HSG-1 added", "Please consult the register.");

		Response listed = mailApi().get("/messages", null);
		assertThat(listed.status()).isEqualTo(200);
		JsonNode messages = listed.json();
		assertThat(messages.size()).isEqualTo(1);
		JsonNode message = messages.get(0);
		assertThat(message.get("to").get(0).asString()).isEqualTo("team@council.example");
		assertThat(message.get("from").get(0).asString()).isEqualTo("psr@council.example");
		assertThat(message.get("subject").asString()).isEqualTo("Customer HSG-1 added");
		assertThat(message.get("body").asString()).contains("Please consult the register.");
		assertThat(Instant.parse(message.get("receivedAt").asString())).isBefore(Instant.now().plusSeconds(1));

		assertThat(mailApi().delete("/messages", null).status()).isEqualTo(204);
		assertThat(mailApi().get("/messages", null).json().size()).isZero();
	}

	@Test
	void keepsListingWhatAServerReceivedAfterItIsTakenAwayAndReplaced() throws Exception {
		send("team@council.example", "Customer HSG-1 added", "Before the outage.");
		int port = this.mail.smtpPort();
		this.mail.greenMail().getSmtp().stopService();
		this.api.serverGone(this.mail);
		this.mail.stop();
		assertThat(mailApi().get("/messages", null).json().size()).isEqualTo(1);

		this.mail = MailServer.start(port);
		this.api.serve(this.mail);
		send("team@council.example", "Customer HSG-2 added", "After the outage.");

		JsonNode messages = mailApi().get("/messages", null).json();
		assertThat(messages.size()).isEqualTo(2);
		assertThat(messages.get(0).get("subject").asString()).isEqualTo("Customer HSG-1 added");
		assertThat(messages.get(1).get("subject").asString()).isEqualTo("Customer HSG-2 added");
	}

	@Test
	void listsFromAGivenIndexInTheOrderFirstSeenWhateverTheMailbox() throws Exception {
		send("team-b@council.example", "first", "To the second mailbox.");
		assertThat(mailApi().get("/messages", null).json().size()).isEqualTo(1);
		// GreenMail itself would list the first mailbox's message before the other's
		send("team-a@council.example", "second", "To the first mailbox.");
		JsonNode after = mailApi().get("/messages?from=1", null).json();
		assertThat(after.size()).isEqualTo(1);
		assertThat(after.get(0).get("subject").asString()).isEqualTo("second");
		send("team-b@council.example", "third", "To the second mailbox again.");
		assertThat(mailApi().get("/messages?from=2", null).json().get(0).get("subject").asString()).isEqualTo("third");
		assertThat(mailApi().get("/messages?from=3", null).json().size()).isZero();
		assertThat(mailApi().get("/messages?from=9", null).json().size()).isZero();
		JsonNode all = mailApi().get("/messages", null).json();
		assertThat(List.of(all.get(0), all.get(1), all.get(2)))
			.extracting((message) -> message.get("subject").asString())
			.containsExactly("first", "second", "third");
		assertThat(mailApi().get("/messages?from=x", null).status()).isEqualTo(400);
	}

	@Test
	void otherMethodsAndPathsAreRefused() throws Exception {
		assertThat(mailApi().post("/messages", null, "{}").status()).isEqualTo(405);
		assertThat(mailApi().get("/messages/1", null).status()).isEqualTo(404);
	}

	private ApiClient mailApi() {
		return ApiClient.local(this.api.port());
	}

	private void send(String to, String subject, String body) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", this.mail.host());
		properties.put("mail.smtp.port", Integer.toString(this.mail.smtpPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("psr@council.example"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject);
		message.setText(body);
		int before = this.mail.greenMail().getReceivedMessages().length;
		Transport.send(message);
		this.mail.awaitMessages(before + 1, java.time.Duration.ofSeconds(10));
	}

}
