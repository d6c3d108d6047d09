package uk.gov.cheltenham.psr.notification.subscription;

import java.net.URI;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TeamSubscriptionTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	@Test
	@DisplayName("M3: team and mailbox are stored in one spelling, so events and subscriptions meet")
	void normalises() {
		TeamSubscription subscription = TeamSubscription.subscribe(" Housing ", "Housing-ICT@Council.Example ",
				URI.create("https://housing.council.example/psr"), true, "cro", NOW);

		assertThat(subscription.team()).isEqualTo("housing");
		assertThat(subscription.email()).isEqualTo("housing-ict@council.example");
		assertThat(subscription.webhookUrl()).isEqualTo("https://housing.council.example/psr");
		assertThat(subscription.isActive()).isTrue();
		assertThat(subscription.createdBy()).isEqualTo("cro");
	}

	@Test
	@DisplayName("D1: a webhook without TLS is refused")
	void refusesPlainHttpWebhook() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> TeamSubscription.subscribe("housing", "housing-ict@council.example",
					URI.create("http://housing.council.example/psr"), true, "cro", NOW))
			.satisfies((ex) -> assertThat(ex.rule()).isEqualTo("D1"));
	}

	@Test
	@DisplayName("M3: a subscription with a webhook gets a fresh 256-bit secret; one without gets none")
	void webhookSecret() {
		TeamSubscription first = TeamSubscription.subscribe("housing", "a@council.example",
				URI.create("https://housing.council.example/psr"), true, "cro", NOW);
		TeamSubscription second = TeamSubscription.subscribe("housing", "b@council.example",
				URI.create("https://housing.council.example/psr"), true, "cro", NOW);
		TeamSubscription mailOnly = TeamSubscription.subscribe("housing", "c@council.example", null, true, "cro", NOW);

		assertThat(first.webhookSecret()).matches("[0-9a-f]{64}");
		assertThat(second.webhookSecret()).matches("[0-9a-f]{64}").isNotEqualTo(first.webhookSecret());
		assertThat(mailOnly.webhookSecret()).isNull();
	}

	@Test
	@DisplayName("D1: plain HTTP to loopback only where the policy allows it")
	void loopbackUnderPolicy() {
		URI loopback = URI.create("http://127.0.0.1:8080/psr");

		assertThat(TeamSubscription
			.subscribe("housing", "a@council.example", loopback, true, "cro", NOW, new WebhookUrlPolicy(true))
			.webhookUrl()).isEqualTo("http://127.0.0.1:8080/psr");
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> TeamSubscription.subscribe("housing",
				"a@council.example", loopback, true, "cro", NOW, WebhookUrlPolicy.HTTPS_ONLY));
	}

}
