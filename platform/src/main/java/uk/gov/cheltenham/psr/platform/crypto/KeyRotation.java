package uk.gov.cheltenham.psr.platform.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts, after {@code psr.crypto.active-key} has changed, every value of the
 * registered {@link EncryptedColumns} that is still under an older key: a batch of rows
 * per transaction, each row locked ({@code FOR UPDATE SKIP LOCKED}, so several instances
 * share the work) and rewritten under the active key. Run by a
 * {@code work/PollingWorker}; see {@link KeyRotationConfiguration}.
 * <p>
 * Progress is a count only, never a value: {@link #remaining()} (also the gauge
 * {@code psr.crypto.values.on.old.keys}) and a log line when it changes. The old keys
 * must stay configured for reading until it is zero. A value that cannot be decrypted
 * (unknown key, altered, plain text) is left as it is and counted as unreadable.
 */
public class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final FieldCipher cipher;

	private final List<EncryptedColumns> registered;

	private final int batchSize;

	/** What every value under the active key starts with. */
	private final String activePrefix;

	private final AtomicLong remaining = new AtomicLong(-1);

	public KeyRotation(JdbcTemplate jdbc, TransactionTemplate transactions, FieldCipher cipher,
			List<EncryptedColumns> registered, int batchSize) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.cipher = cipher;
		this.registered = List.copyOf(registered);
		this.batchSize = batchSize;
		// the cipher's own output tells the prefix, so its format is known in one place
		String probe = cipher.encrypt("", "key-rotation");
		this.activePrefix = probe.substring(0, probe.lastIndexOf(':') + 1);
	}

	/**
	 * Re-encrypts everything still under an older key, one batch per transaction.
	 * @return how many values were re-encrypted
	 */
	public int run() {
		int reEncrypted = 0;
		int unreadable = 0;
		for (EncryptedColumns table : this.registered) {
			for (Map.Entry<String, String> column : table.labels().entrySet()) {
				Object[] after = null;
				Batch batch;
				do {
					Object[] from = after;
					batch = this.transactions.execute((status) -> reEncryptBatch(table, column, from));
					reEncrypted += batch.reEncrypted();
					unreadable += batch.unreadable();
					after = batch.lastKey();
				}
				while (batch.rows() == this.batchSize);
			}
		}
		long left = countOnOldKeys();
		long before = this.remaining.getAndSet(left);
		if (reEncrypted > 0 || unreadable > 0 || before != left) {
			log.info("Key rotation: {} values re-encrypted, {} still under older keys ({} unreadable)", reEncrypted,
					left, unreadable);
		}
		return reEncrypted;
	}

	/**
	 * How many values were still under older keys at the end of the last run; -1 before
	 * the first.
	 */
	public long remaining() {
		return this.remaining.get();
	}

	/** Counts the values under older keys now, across every registered column. */
	public long countOnOldKeys() {
		long count = 0;
		for (EncryptedColumns table : this.registered) {
			for (String column : table.labels().keySet()) {
				count += this.jdbc.queryForObject("select count(*) from " + table.table() + " where " + column
						+ " is not null and left(" + column + ", ?) <> ?", Long.class, this.activePrefix.length(),
						this.activePrefix);
			}
		}
		return count;
	}

	private Batch reEncryptBatch(EncryptedColumns table, Map.Entry<String, String> column, Object[] after) {
		String name = column.getKey();
		String key = String.join(", ", table.keyColumns());
		String keyMarks = String.join(", ", Collections.nCopies(table.keyColumns().size(), "?"));
		List<Object> arguments = new ArrayList<>(List.of(this.activePrefix.length(), this.activePrefix));
		if (after != null) {
			arguments.addAll(Arrays.asList(after));
		}
		arguments.add(this.batchSize);
		// keyset paging: an unreadable value is passed over rather than met again
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select " + key + ", " + name + " from " + table.table() + " where " + name + " is not null and left("
						+ name + ", ?) <> ?" + ((after != null) ? " and (" + key + ") > (" + keyMarks + ")" : "")
						+ " order by " + key + " limit ? for update skip locked",
				arguments.toArray());
		String update = "update " + table.table() + " set " + name + " = ? where (" + key + ") = (" + keyMarks + ")";
		int reEncrypted = 0;
		Object[] lastKey = after;
		for (Map<String, Object> row : rows) {
			lastKey = table.keyColumns().stream().map(row::get).toArray();
			String stored = (String) row.get(name);
			String fresh;
			try {
				fresh = this.cipher.encrypt(this.cipher.decrypt(stored, column.getValue()), column.getValue());
			}
			catch (RuntimeException ex) {
				// not ours to repair; counted as unreadable (a too-short value fails in
				// the
				// JCE provider, not as IllegalStateException)
				continue;
			}
			List<Object> updateArguments = new ArrayList<>(List.of(fresh));
			updateArguments.addAll(Arrays.asList(lastKey));
			this.jdbc.update(update, updateArguments.toArray());
			reEncrypted++;
		}
		return new Batch(rows.size(), reEncrypted, rows.size() - reEncrypted, lastKey);
	}

	private record Batch(int rows, int reEncrypted, int unreadable, Object[] lastKey) {

	}

}
