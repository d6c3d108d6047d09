package uk.gov.cheltenham.psr.notification.config;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.notification.MovableClockConfiguration;
import uk.gov.cheltenham.psr.notification.subscription.Subscriptions;
import uk.gov.cheltenham.psr.platform.crypto.DataKeys;
import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;
import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;
import uk.gov.cheltenham.psr.platform.crypto.FieldCiphers;
import uk.gov.cheltenham.psr.platform.crypto.KeyRotation;
import uk.gov.cheltenham.psr.testsupport.ApiClient;
import uk.gov.cheltenham.psr.testsupport.ApiClient.Response;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;
import uk.gov.cheltenham.psr.testsupport.Tokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D1: rotating the data key. Webhook secrets written under the local key (A) are
 * re-encrypted by the platform's job once key B is active, and still read with A gone.
 * The job is built here with the rotated key set, as a restarted service would build it;
 * the service's own job and its registration are checked as wired.
 */
@PsrIntegrationTest
@Import(MovableClockConfiguration.class)
class KeyRotationIT {

	private static final String KEY_B = "next";

	private static final byte[] KEY_B_BYTES = "key-b-for-the-rotation-test-32b!".getBytes();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private DataKeys dataKeys;

	@Autowired
	private FieldCipher serviceCipher;

	@Autowired
	private List<EncryptedColumns> registered;

	@Autowired
	private KeyRotation serviceRotation;

	@Autowired
	private MeterRegistry meters;

	@Test
	@DisplayName("D1: the webhook-secret column is registered for rotation, and the job reports how many values are under older keys")
	void registeredAndReporting() {
		assertThat(this.registered).anySatisfy((columns) -> {
			assertThat(columns.table()).isEqualTo("team_subscription");
			assertThat(columns.labels()).containsEntry("webhook_secret", "team_subscription.webhook_secret");
		});
		this.serviceRotation.run();
		assertThat(this.serviceRotation.remaining()).isZero();
		assertThat(this.meters.get("psr.crypto.values.on.old.keys").gauge().value()).isZero();
	}

	@Test
	@DisplayName("D1: after the active key changes from A to B the job re-encrypts every webhook secret under B in batches; they decrypt to the same values, also once key A is removed")
	void rotatesToTheNewKey() {
		Map<UUID, String> secrets = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			Response created = ApiClient.local(this.port)
				.post("/api/subscriptions", Tokens.shared().forUser("cro-user", "CRO"),
						"{\"team\":\"housing\",\"email\":\"rotate-" + UUID.randomUUID().toString().substring(0, 8)
								+ "@council.example\",\"webhookUrl\":\"https://housing.council.example/psr\"}");
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			secrets.put(UUID.fromString(created.json().get("id").asString()),
					created.json().get("webhookSecret").asString());
		}
		secrets.keySet().forEach((id) -> assertThat(rawSecret(id)).startsWith("v1:local:"));

		KeyRotation toB = rotation(withKeyB(true), 1);
		KeyRotation backToA = rotation(new FieldCipher(keys(true), this.dataKeys.activeKey(), blindIndexKey()), 100);
		try {
			assertThat(toB.countOnOldKeys()).isGreaterThanOrEqualTo(3);
			assertThat(toB.run()).isGreaterThanOrEqualTo(3);
			assertThat(toB.remaining()).isZero();
			secrets.keySet().forEach((id) -> assertThat(rawSecret(id)).startsWith("v1:" + KEY_B + ":"));

			// key A removed from the configuration: reads still work
			FieldCiphers.use(withKeyB(false));
			secrets.forEach((id, secret) -> assertThat(this.subscriptions.find(id).orElseThrow().webhookSecret())
				.isEqualTo(secret));
		}
		finally {
			// the shared database goes back to the service's own key for the other tests
			FieldCiphers.use(this.serviceCipher);
			backToA.run();
			secrets.keySet().forEach((id) -> this.jdbc.update("delete from team_subscription where id = ?", id));
		}
	}

	private KeyRotation rotation(FieldCipher cipher, int batchSize) {
		return new KeyRotation(this.jdbc, new TransactionTemplate(this.transactionManager), cipher,
				new ArrayList<>(this.registered), batchSize);
	}

	private FieldCipher withKeyB(boolean keepKeyA) {
		return new FieldCipher(keys(keepKeyA), KEY_B, blindIndexKey());
	}

	private Map<String, byte[]> keys(boolean keepKeyA) {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		if (keepKeyA) {
			this.dataKeys.keys().forEach((id, key) -> keys.put(id, Base64.getDecoder().decode(key)));
		}
		keys.put(KEY_B, KEY_B_BYTES);
		return keys;
	}

	private byte[] blindIndexKey() {
		return Base64.getDecoder().decode(this.dataKeys.blindIndexKey());
	}

	private String rawSecret(UUID id) {
		return this.jdbc.queryForObject("select webhook_secret from team_subscription where id = ?", String.class, id);
	}

}
