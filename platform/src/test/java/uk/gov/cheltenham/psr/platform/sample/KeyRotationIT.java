package uk.gov.cheltenham.psr.platform.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.platform.crypto.EncryptedColumns;
import uk.gov.cheltenham.psr.platform.crypto.FieldCipher;
import uk.gov.cheltenham.psr.platform.crypto.KeyRotation;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * D1: the key-rotation job on a table with a two-column key, in batches smaller than the
 * table, passing over a value it cannot read.
 */
@PsrIntegrationTest
class KeyRotationIT {

	private static final String LABEL = "rotation_sample.secret";

	private static final byte[] KEY_A = "key-a-for-the-rotation-test-32b!".getBytes();

	private static final byte[] KEY_B = "key-b-for-the-rotation-test-32b!".getBytes();

	private static final byte[] BLIND_INDEX_KEY = new byte[32];

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	@DisplayName("D1: values under key A are re-encrypted under B in batches and read the same with A removed; an unreadable value is counted and left alone")
	void rotatesEveryRowOfACompositeKeyTable() {
		this.jdbc.execute("create table if not exists rotation_sample (owner uuid, part varchar(30), secret text,"
				+ " primary key (owner, part))");
		this.jdbc.update("delete from rotation_sample");
		FieldCipher underA = new FieldCipher(Map.of("a", KEY_A), "a", BLIND_INDEX_KEY);
		UUID owner = UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			this.jdbc.update("insert into rotation_sample values (?, ?, ?)", owner, "part-" + i,
					underA.encrypt("value-" + i, LABEL));
		}
		this.jdbc.update("insert into rotation_sample values (?, 'damaged', 'v1:a:bm90IGEgY2lwaGVydGV4dA==')", owner);
		EncryptedColumns columns = EncryptedColumns.of("rotation_sample", List.of("owner", "part"), "secret");
		KeyRotation toB = new KeyRotation(this.jdbc, new TransactionTemplate(this.transactionManager),
				new FieldCipher(Map.of("a", KEY_A, "b", KEY_B), "b", BLIND_INDEX_KEY), List.of(columns), 2);

		assertThat(toB.countOnOldKeys()).isEqualTo(6);
		assertThat(toB.run()).isEqualTo(5);
		assertThat(toB.remaining()).as("the damaged value is still under A").isEqualTo(1);

		FieldCipher onlyB = new FieldCipher(Map.of("b", KEY_B), "b", BLIND_INDEX_KEY);
		for (int i = 0; i < 5; i++) {
			String stored = this.jdbc.queryForObject("select secret from rotation_sample where part = ?", String.class,
					"part-" + i);
			assertThat(stored).startsWith("v1:b:");
			assertThat(onlyB.decrypt(stored, LABEL)).isEqualTo("value-" + i);
		}
		String damaged = this.jdbc.queryForObject("select secret from rotation_sample where part = 'damaged'",
				String.class);
		assertThat(damaged).isEqualTo("v1:a:bm90IGEgY2lwaGVydGV4dA==");
		assertThatIllegalStateException().isThrownBy(() -> onlyB.decrypt(damaged, LABEL));
		this.jdbc.execute("drop table rotation_sample");
	}

}
