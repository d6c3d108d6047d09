package uk.gov.cheltenham.psr.partnersync.smtp;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.cheltenham.psr.partnersync.TestSmtpServer;
import uk.gov.cheltenham.psr.partnersync.TestTls;
import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.partnersync.agreement.RegisterChange;
import uk.gov.cheltenham.psr.partnersync.outbound.DeliveryStatus;
import uk.gov.cheltenham.psr.partnersync.outbound.EntryRegister;
import uk.gov.cheltenham.psr.partnersync.outbound.OutboundUpdate;
import uk.gov.cheltenham.psr.platform.work.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TLS-only partner mailbox against real SMTP servers in this JVM (SubEthaSMTP): one
 * that requires STARTTLS with a certificate the trust store trusts, one that offers no
 * STARTTLS, and one whose certificate is not trusted.
 */
class SmtpPartnerMailboxTest {

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	static final RetryPolicy TWO_ATTEMPTS = new RetryPolicy(2, Duration.ofMinutes(1), Duration.ofMinutes(10));

	static final DataSharingAgreement AGREEMENT = DataSharingAgreement.of("CBH-DSA-2024-01", "psr-updates@cbh.example",
			List.of("EntryOpened"), List.of("entryId", "restrictions", "cautions", "reviewDue", "status"));

	/** What register-service answers, including a field the agreement does not allow. */
	static final EntryRegister REGISTER = (entryId, fields) -> Map.of("restrictions", List.of("Visit in pairs"),
			"cautions", "Raises voice when refused", "reviewDue", "2027-05-28", "status", "ACTIVE", "dateOfBirth",
			"1970-01-01");

	@TempDir
	static Path certificates;

	static TestTls trusted;

	static TestTls untrusted;

	@BeforeAll
	static void generateCertificates() {
		trusted = TestTls.generate(certificates, "trusted");
		untrusted = TestTls.generate(certificates, "untrusted");
	}

	@Test
	@DisplayName("P1: a server that requires STARTTLS with a trusted certificate receives the update over TLS, with the allowed values only")
	void deliveredOverTls() {
		try (TestSmtpServer server = TestSmtpServer.requiringTls(trusted)) {
			OutboundUpdate update = newUpdate();

			boolean sent = update.deliverVia(mailboxFor(server), REGISTER, NOW, TWO_ATTEMPTS);

			assertThat(sent).isTrue();
			assertThat(update.status()).isEqualTo(DeliveryStatus.SENT);
			assertThat(update.sentAt()).isEqualTo(NOW);
			assertThat(server.received()).singleElement().satisfies((message) -> {
				assertThat(message.overTls()).isTrue();
				assertThat(message.recipient()).isEqualTo("psr-updates@cbh.example");
				assertThat(message.content())
					.contains("CBH-DSA-2024-01", update.entryId().toString(), "EntryOpened",
							"entryId, restrictions, cautions, reviewDue, status", update.id().toString(),
							"  - Visit in pairs", "cautions: Raises voice when refused", "reviewDue: 2027-05-28")
					.doesNotContain("customerName", "address", "dateOfBirth", "1970-01-01");
			});
		}
	}

	@Test
	@DisplayName("P1: a server that offers no STARTTLS is never sent anything; the update shows the failure, then FAILED")
	void noStartTlsNeverSent() {
		try (TestSmtpServer server = TestSmtpServer.plaintextOnly()) {
			OutboundUpdate update = newUpdate();
			SmtpPartnerMailbox mailbox = mailboxFor(server);

			assertThat(update.deliverVia(mailbox, REGISTER, NOW, TWO_ATTEMPTS)).isFalse();
			assertThat(update.status()).isEqualTo(DeliveryStatus.PENDING);
			assertThat(update.attempts()).isEqualTo(1);
			assertThat(update.lastError()).contains("STARTTLS").doesNotContain("cbh.example");
			assertThat(update.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));

			assertThat(update.deliverVia(mailbox, REGISTER, NOW.plus(Duration.ofMinutes(1)), TWO_ATTEMPTS)).isFalse();
			assertThat(update.status()).isEqualTo(DeliveryStatus.FAILED);
			assertThat(update.attempts()).isEqualTo(2);
			assertThat(server.received()).isEmpty();
		}
	}

	@Test
	@DisplayName("P1: a server whose certificate is not trusted is refused at the TLS handshake")
	void untrustedCertificateRefused() {
		try (TestSmtpServer server = TestSmtpServer.requiringTls(untrusted)) {
			OutboundUpdate update = newUpdate();

			assertThat(update.deliverVia(mailboxFor(server), REGISTER, NOW, TWO_ATTEMPTS)).isFalse();

			assertThat(update.status()).isEqualTo(DeliveryStatus.PENDING);
			assertThat(update.lastError()).contains("TLS handshake refused");
			assertThat(server.received()).isEmpty();
		}
	}

	static OutboundUpdate newUpdate() {
		return OutboundUpdate
			.owedFor(AGREEMENT, RegisterChange.ENTRY_OPENED, UUID.randomUUID(), UUID.randomUUID(), false, NOW)
			.get(0);
	}

	static SmtpPartnerMailbox mailboxFor(TestSmtpServer server) {
		return SmtpPartnerMailbox.requiringTls(
				new PartnerSmtpSettings("localhost", server.port(), null, null, "psr-no-reply@cheltenham.gov.uk",
						trusted.trustStore().toString(), trusted.password(), "PKCS12", Duration.ofSeconds(5)));
	}

}
