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

}
