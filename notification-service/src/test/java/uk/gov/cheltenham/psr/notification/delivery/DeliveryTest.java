package uk.gov.cheltenham.psr.notification.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import uk.gov.cheltenham.psr.notification.subscription.TeamSubscription;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DeliveryTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private static final RetryPolicy FIVE_ATTEMPTS = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5));

	private final TeamSubscription housing = TeamSubscription.subscribe("housing", "housing-ict@council.example", null,
			true, "cro", NOW);

	@Test
	@DisplayName("M3: a new delivery is pending and due at once, addressed to the team's mailbox")
	void pendingAndDue() {
		Delivery delivery = Delivery.intend(setFor("Housing"), this.housing, DeliveryChannel.EMAIL, NOW);

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.isDue(NOW)).isTrue();
		assertThat(delivery.recipient()).isEqualTo("housing-ict@council.example");
		assertThat(delivery.subscriptionId()).isEqualTo(this.housing.id());
		assertThat(delivery.notice()).isEqualTo(TeamNotice.of(MarkerChange.ADDED, "housing", "HSG-000123"));
	}

	@Test
	@DisplayName("M4: a reminder is an email delivery to the role's mailbox with the reminder's text, retried and parked like any other, never a webhook")
	void reminderDelivery() {
		UUID reminderId = UUID.randomUUID();
		UUID entryId = UUID.randomUUID();
		TeamNotice text = new TeamNotice("Personal Safety Register: review of entry " + entryId + " due on 2027-05-28",
				"The review of register entry " + entryId + " is due on 2027-05-28.");

		Delivery delivery = Delivery.intendReminder(reminderId, entryId, "cro@council.example", text, NOW);

		assertThat(delivery.isReminder()).isTrue();
		assertThat(delivery.reminderId()).isEqualTo(reminderId);
		assertThat(delivery.entryId()).isEqualTo(entryId);
		assertThat(delivery.channel()).isEqualTo(DeliveryChannel.EMAIL);
		assertThat(delivery.recipient()).isEqualTo("cro@council.example");
		assertThat(delivery.isDue(NOW)).isTrue();
		assertThat(delivery.notice()).isEqualTo(text);
		assertThat(delivery.subscriptionId()).isNull();
		assertThat(delivery.team()).isNull();
		assertThatIllegalStateException().isThrownBy(delivery::webhookNotice);

		RetryPolicy once = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));
		fail(delivery, "MailConnectException", once, NOW);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
		delivery.redrive(NOW.plusSeconds(60));
		assertThat(delivery.isDue(NOW.plusSeconds(60))).isTrue();
	}

	@Test
	@DisplayName("M3: a sent delivery is SENT after one attempt and cannot be sent again")
	void sent() {
		Delivery delivery = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);

		send(delivery, NOW.plusSeconds(1));

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(delivery.attempts()).isEqualTo(1);
		assertThat(delivery.sentAt()).isEqualTo(NOW.plusSeconds(1));
		assertThat(delivery.isDue(NOW.plusSeconds(60))).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> send(delivery, NOW));
	}

	@Test
	@DisplayName("M3: a failed attempt is retried later, and after five the delivery is FAILED")
	void boundedAttempts() {
		Delivery delivery = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);

		fail(delivery, "MailSendException", FIVE_ATTEMPTS, NOW);

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.attempts()).isEqualTo(1);
		assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
		assertThat(delivery.isDue(NOW.plusSeconds(1))).isFalse();
		assertThat(delivery.isDue(NOW.plusSeconds(2))).isTrue();
		assertThat(delivery.lastError()).isEqualTo("MailSendException");

		for (int i = 0; i < 4; i++) {
			fail(delivery, "MailConnectException", FIVE_ATTEMPTS, NOW);
		}

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(delivery.attempts()).isEqualTo(5);
		assertThat(delivery.nextAttemptAt()).isNull();
		assertThat(delivery.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> fail(delivery, "again", FIVE_ATTEMPTS, NOW));
	}

	@Test
	@DisplayName("D1: the recorded error is bounded in length")
	void boundedError() {
		Delivery delivery = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);

		fail(delivery, "x".repeat(2000), FIVE_ATTEMPTS, NOW);

		assertThat(delivery.lastError()).hasSize(Delivery.MAX_ERROR_LENGTH);
	}

	@Test
	@DisplayName("M3: a cancelled delivery is never due; a sent one cannot be cancelled")
	void cancel() {
		Delivery pending = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);
		pending.cancel();
		assertThat(pending.status()).isEqualTo(DeliveryStatus.CANCELLED);
		assertThat(pending.isDue(NOW.plusSeconds(60))).isFalse();

		Delivery sent = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);
		send(sent, NOW);
		assertThatIllegalStateException().isThrownBy(sent::cancel);
	}

	@Test
	@DisplayName("M3: a team is told only about its own customers, and only while subscribed")
	void onlyActiveSubscriptionsOfTheTeam() {
		TeamSubscription inactive = TeamSubscription.subscribe("housing", "old@council.example", null, false, "cro",
				NOW);
		TeamSubscription revenues = TeamSubscription.subscribe("revenues", "rev@council.example",
				URI.create("https://revenues.council.example/psr"), true, "cro", NOW);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> Delivery.intend(setFor("housing"), inactive, DeliveryChannel.EMAIL, NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Delivery.intend(setFor("housing"), revenues, DeliveryChannel.EMAIL, NOW));
	}

	@Test
	@DisplayName("M3: a webhook delivery is its own intent, addressed to the webhook, with a body free of personal data")
	void webhookDelivery() {
		TeamSubscription withWebhook = TeamSubscription.subscribe("housing", "housing-ict@council.example",
				URI.create("https://housing.council.example/psr"), true, "cro", NOW);
		MarkerChanged withdrawn = new MarkerChanged(UUID.randomUUID(), NOW, UUID.randomUUID(), "housing", "HSG-000123",
				MarkerChange.REMOVED);

		Delivery email = Delivery.intend(withdrawn, withWebhook, DeliveryChannel.EMAIL, NOW);
		Delivery webhook = Delivery.intend(withdrawn, withWebhook, DeliveryChannel.WEBHOOK, NOW);

		assertThat(email.channel()).isEqualTo(DeliveryChannel.EMAIL);
		assertThat(email.recipient()).isEqualTo("housing-ict@council.example");
		assertThat(webhook.channel()).isEqualTo(DeliveryChannel.WEBHOOK);
		assertThat(webhook.recipient()).isEqualTo("https://housing.council.example/psr");
		assertThat(webhook.id()).isNotEqualTo(email.id());
		assertThat(webhook.webhookNotice()).isEqualTo(
				new WebhookNotice("MARKER_WITHDRAWN", "housing", "HSG-000123", "2026-11-28T10:00:00Z", webhook.id()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.WEBHOOK, NOW))
			.withMessageContaining("no webhook");
	}

	@Test
	@DisplayName("M3: a FAILED delivery is re-driven to PENDING, due now, with a fresh set of attempts; nothing else is")
	void redrive() {
		Delivery delivery = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);
		assertThatIllegalStateException().isThrownBy(() -> delivery.redrive(NOW));
		for (int i = 0; i < 5; i++) {
			fail(delivery, "HTTP 500", FIVE_ATTEMPTS, NOW);
		}

		delivery.redrive(NOW.plusSeconds(60));

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.attempts()).isZero();
		assertThat(delivery.isDue(NOW.plusSeconds(60))).isTrue();
		fail(delivery, "HTTP 500", FIVE_ATTEMPTS, NOW.plusSeconds(60));
		assertThat(delivery.status()).as("retried again, not parked at once").isEqualTo(DeliveryStatus.PENDING);
		send(delivery, NOW.plusSeconds(70));
		assertThatIllegalStateException().isThrownBy(() -> delivery.redrive(NOW));
	}

	private static MarkerChanged setFor(String team) {
		return new MarkerChanged(UUID.randomUUID(), NOW, UUID.randomUUID(), team, "HSG-000123", MarkerChange.ADDED);
	}

	@Test
	@DisplayName("M3: a claimed delivery is SENDING, not due until its lease runs out; then it is claimed again under a new attempt, and the old attempt records nothing")
	void claimedUnderLease() {
		Delivery delivery = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);

		UUID first = delivery.claim(NOW, NOW.plusSeconds(60));

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENDING);
		assertThat(delivery.isDue(NOW.plusSeconds(59))).isFalse();
		assertThat(delivery.isDue(NOW.plusSeconds(60))).isTrue();
		UUID second = delivery.claim(NOW.plusSeconds(60), NOW.plusSeconds(120));
		assertThat(delivery.sent(first, NOW.plusSeconds(61))).isFalse();
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENDING);
		assertThat(delivery.sent(second, NOW.plusSeconds(62))).isTrue();
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(delivery.failed(second, "late", FIVE_ATTEMPTS, NOW.plusSeconds(63))).isFalse();
	}

	@Test
	@DisplayName("M3: every attempt of one delivery carries the same Message-ID, made of its id only")
	void stableMessageId() {
		Delivery delivery = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);

		assertThat(delivery.messageId()).isEqualTo("<" + delivery.id() + "@notification.psr.cheltenham.gov.uk>");
	}

	@Test
	@DisplayName("M3: with a retry window of hours, a mail server away for ten minutes delays a notification but does not fail it")
	void longOutageDoesNotFail() {
		RetryPolicy hours = RetryPolicy.lasting(Duration.ofHours(24), Duration.ofSeconds(2), Duration.ofSeconds(20));
		Delivery delivery = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);
		Instant now = NOW;

		while (now.isBefore(NOW.plus(Duration.ofMinutes(10)))) {
			fail(delivery, "MailConnectException", hours, now);
			assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
			assertThat(Duration.between(now, delivery.nextAttemptAt())).isLessThanOrEqualTo(Duration.ofSeconds(20));
			now = delivery.nextAttemptAt();
		}
		send(delivery, now);

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
	}

	@Test
	@DisplayName("M3: after the whole retry window the delivery is FAILED, visible and re-drivable")
	void failedAfterWindow() {
		RetryPolicy hour = RetryPolicy.lasting(Duration.ofHours(1), Duration.ofSeconds(2), Duration.ofSeconds(20));
		Delivery delivery = Delivery.intend(setFor("housing"), this.housing, DeliveryChannel.EMAIL, NOW);
		Instant now = NOW;

		while (delivery.status() == DeliveryStatus.PENDING) {
			fail(delivery, "MailConnectException", hour, now);
			now = (delivery.nextAttemptAt() != null) ? delivery.nextAttemptAt() : now;
		}

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(Duration.between(NOW, now)).isGreaterThanOrEqualTo(Duration.ofHours(1));
		delivery.redrive(now);
		assertThat(delivery.isDue(now)).isTrue();
	}

	/** One attempt that the mail server accepted. */
	private static void send(Delivery delivery, Instant now) {
		delivery.sent(delivery.claim(now, now.plusSeconds(60)), now);
	}

	/** One attempt that failed, made at {@code now} or when next due if later. */
	private static void fail(Delivery delivery, String error, RetryPolicy policy, Instant now) {
		Instant at = (delivery.nextAttemptAt() != null && delivery.nextAttemptAt().isAfter(now))
				? delivery.nextAttemptAt() : now;
		delivery.failed(delivery.claim(at, at.plusSeconds(60)), error, policy, now);
	}

}
