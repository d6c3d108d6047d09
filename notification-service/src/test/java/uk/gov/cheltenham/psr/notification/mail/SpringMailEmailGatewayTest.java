package uk.gov.cheltenham.psr.notification.mail;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;

import static org.assertj.core.api.Assertions.assertThat;

class SpringMailEmailGatewayTest {

	@Test
	@DisplayName("D1: a mail failure is recorded by its kinds, without the server's text that names the recipient")
	void describesWithoutMessages() {
		Map<Object, Exception> failed = new LinkedHashMap<>();
		failed.put(new SimpleMailMessage(),
				new SendFailedException("550 Invalid Addresses: housing-ict@council.example HSG-000123"));
		MailSendException failure = new MailSendException("Failed messages: housing-ict@council.example", null, failed);

		String description = SpringMailEmailGateway.describe(failure);

		assertThat(description).isEqualTo("MailSendException <- SendFailedException")
			.doesNotContain("@")
			.doesNotContain("HSG-000123");
	}

}
