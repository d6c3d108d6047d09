package uk.gov.cheltenham.psr.notification.config;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.cheltenham.psr.notification.MovableClockConfiguration;
import uk.gov.cheltenham.psr.notification.subscription.Subscriptions;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook secrets in PostgreSQL are ciphertext; the ones from before are migrated. */
@PsrIntegrationTest
@Import(MovableClockConfiguration.class)
class WebhookSecretAtRestIT {

	/** The platform cipher's format under the local data key (psr.crypto.keys.local). */
	private static final String PLATFORM_FORMAT = "v1:local:";

	/**
	 * A secret as the service's former own cipher stored it, under the local-only
	 * {@code psr.notification.secret-key}: made with that cipher before it was removed.
	 */
	private static final String LEGACY_STORED = "v1:G7m8ahVe0PtBUfmIc6EitCZbDulWXUZDErjE54la6LAu1uFlyYOs1tUB4fGM87k14LtnexLisDeZP+KXbY+i+xxMQM808pBWlBm2JwOsaz4n1YjExnJJgmakQP8=";

	private static final String LEGACY_PLAIN = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private EncryptWebhookSecretsMigration migration;

	@Autowired
	private ReEncryptWebhookSecretsMigration reEncryption;

	@Test
	@DisplayName("D1: the database column holds the webhook secret encrypted, never as it was handed to the CRO")
	void columnDoesNotHoldTheSecret() {
		Response created = ApiClient.local(this.port)
			.post("/api/subscriptions", Tokens.shared().forUser("cro-user", "CRO"), "{\"team\":\"housing\",\"email\":\""
					+ mailbox() + "\",\"webhookUrl\":\"https://housing.council.example/psr\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().get("id").asString());
		String secret = created.json().get("webhookSecret").asString();

		String column = this.jdbc.queryForObject("select webhook_secret from team_subscription where id = ?",
				String.class, id);

		assertThat(column).startsWith(PLATFORM_FORMAT).doesNotContain(secret);
		assertThat(column.toLowerCase()).doesNotContain(secret.substring(0, 16));
		// whole-row check: no other column carries it either
		assertThat(this.jdbc.queryForMap("select * from team_subscription where id = ?", id).toString())
			.doesNotContain(secret);
		assertThat(this.subscriptions.find(id).orElseThrow().webhookSecret()).isEqualTo(secret);
	}

	@Test
	@DisplayName("D1: a secret stored in plain text before encryption is encrypted by the V4 migration, once")
	void plainSecretsFromBeforeAreMigrated() {
		String plain = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
		UUID id = insertSubscription(plain);

		Integer encrypted = this.jdbc.execute((ConnectionCallback<Integer>) this.migration::migrate);

		assertThat(encrypted).isGreaterThanOrEqualTo(1);
		String column = this.jdbc.queryForObject("select webhook_secret from team_subscription where id = ?",
				String.class, id);
		assertThat(column).startsWith(PLATFORM_FORMAT).doesNotContain(plain);
		assertThat(this.subscriptions.find(id).orElseThrow().webhookSecret()).isEqualTo(plain);
		assertThat(this.jdbc.execute((ConnectionCallback<Integer>) this.migration::migrate))
			.as("nothing left to encrypt")
			.isZero();
		this.jdbc.update("delete from team_subscription where id = ?", id);
	}

	@Test
	@DisplayName("D1: a secret encrypted by the former notification cipher is re-encrypted by the V6 migration with the platform cipher, once, and reads the same")
	void legacyEncryptedSecretsAreReEncrypted() {
		UUID id = insertSubscription(LEGACY_STORED);

		Integer moved = this.jdbc.execute((ConnectionCallback<Integer>) this.reEncryption::migrate);

		assertThat(moved).isGreaterThanOrEqualTo(1);
		String column = this.jdbc.queryForObject("select webhook_secret from team_subscription where id = ?",
				String.class, id);
		assertThat(column).startsWith(PLATFORM_FORMAT).isNotEqualTo(LEGACY_STORED);
		assertThat(this.subscriptions.find(id).orElseThrow().webhookSecret()).isEqualTo(LEGACY_PLAIN);
		assertThat(this.jdbc.execute((ConnectionCallback<Integer>) this.reEncryption::migrate))
			.as("nothing left in the former format")
			.isZero();
		this.jdbc.update("delete from team_subscription where id = ?", id);
	}

	private UUID insertSubscription(String storedSecret) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into team_subscription (id, version, team, email, webhook_url, webhook_secret, active,
				    created_at, created_by)
				values (?, 0, 'planning', ?, 'https://planning.council.example/psr', ?, true, ?, 'cro-user')""", id,
				mailbox(), storedSecret, Timestamp.from(Instant.now()));
		return id;
	}

	private static String mailbox() {
		return "team-" + UUID.randomUUID().toString().substring(0, 8) + "@council.example";
	}

}
