package uk.gov.cheltenham.psr.notification.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.notification.subscription.WebhookUrlPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class PermittedWebhookUrlTest {

	@Test
	@DisplayName("D1: under the production policy a plain-HTTP webhook, loopback included, is invalid input (400 on webhookUrl)")
	void productionRefusesHttp() {
		PermittedWebhookUrl.Validator production = new PermittedWebhookUrl.Validator(WebhookUrlPolicy.HTTPS_ONLY);

		assertThat(production.isValid("https://housing.council.example/psr", null)).isTrue();
		assertThat(production.isValid("http://127.0.0.1:8080/psr", null)).isFalse();
		assertThat(production.isValid("http://localhost/psr", null)).isFalse();
		assertThat(production.isValid("http://housing.council.example/psr", null)).isFalse();
		// no webhook is fine: the team is told by email only
		assertThat(production.isValid(null, null)).isTrue();
		assertThat(production.isValid(" ", null)).isTrue();
	}

	@Test
	@DisplayName("D1: with insecure loopback webhooks switched on, plain HTTP to loopback only is valid")
	void loopbackWhenSwitchedOn() {
		PermittedWebhookUrl.Validator local = new PermittedWebhookUrl.Validator(new WebhookUrlPolicy(true));

		assertThat(local.isValid("http://127.0.0.1:8080/psr", null)).isTrue();
		assertThat(local.isValid("http://housing.council.example/psr", null)).isFalse();
	}

}
