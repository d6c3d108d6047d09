package uk.gov.cheltenham.psr.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to and reads this service's audit trail. The actor and role come from the
 * current security context ({@code system} when there is none, e.g. a scheduled job).
 * <p>
 * The trail is {@value #CHAINS} hash chains; a record's lines all go to one of them. Each
 * chain's appends are serialised by a transaction-scoped advisory lock, so it has one
 * order. Inside a transaction a line is appended just before commit, after the
 * transaction's other pending writes are flushed, so the lock is held only for the append
 * and the commit, not for the rest of the caller's work. The lines still commit with the
 * caller's change or not at all. Outside a transaction a line is appended at once, in its
 * own.
 */
public class AuditTrail {

	/** The request header in which a reader may state why they read (R1, D3). */
	public static final String PURPOSE_HEADER = "PSR-Purpose";

	/** The hash before the first row. */
	static final String GENESIS = "0".repeat(64);

	/**
	 * Independent chains, each with its own lock: with one, every audited request of a
	 * service queued for it while the CPU was busy (P2: 20-40 ms waits at 150 reports/s).
	 */
	public static final int CHAINS = 16;

	/** The first chain's advisory-lock key; chain n uses this + n. */
	private static final long CHAIN_LOCK = 0x5053525f41554449L;

	private static final RowMapper<AuditRecord> ROWS = (rs, row) -> new AuditRecord(rs.getLong("seq"),
			rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("actor_role"),
			rs.getString("purpose"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
			rs.getString("detail"));

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Runnable flushPendingWrites;

	/**
	 * @param flushPendingWrites writes the current transaction's other pending changes
	 * (e.g. a JPA persistence context) to the database, so they are not written while the
	 * chain's lock is held
	 */
	public AuditTrail(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, Runnable flushPendingWrites) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.flushPendingWrites = flushPendingWrites;
	}

	/**
	 * Records that the current caller did {@code action} to a record.
	 * @param action e.g. {@code READ}
	 * @param subjectType e.g. {@code entry}
	 * @param subjectId the record's id
	 * @param purpose the stated purpose, or {@code null}
	 * @param detail ids or field names, never personal data; or {@code null}
	 */
	public void record(String action, String subjectType, String subjectId, String purpose, String detail) {
		AuditActor.current().record(this, action, subjectType, subjectId, purpose, detail);
	}

	/**
	 * Records an act by a named actor, for callers that know better than the security
	 * context who acted (e.g. the calling service of an internal API).
	 */
	public void record(String actor, String role, String action, String subjectType, String subjectId, String purpose,
			String detail) {
		// microseconds: what PostgreSQL keeps, so the hash can be recomputed from the row
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditRecord record = new AuditRecord(0, now, actor, role.isEmpty() ? "none" : role, purpose, action,
				subjectType, subjectId, detail);
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			pendingInThisTransaction().lines.add(record);
		}
		else {
			this.transactions.executeWithoutResult((status) -> append(List.of(record)));
		}
	}

	/**
	 * This transaction's lines not yet appended. Found among the transaction's
	 * synchronizations rather than bound as a resource: those are suspended with the
	 * transaction, so a REQUIRES_NEW transaction inside gets lines of its own.
	 */
	private PendingLines pendingInThisTransaction() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof PendingLines pending && pending.trail() == this) {
				return pending;
			}
		}
		PendingLines pending = new PendingLines();
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	/**
	 * The chain a record's lines go to: always the same one for a record, so its history
	 * reads along one chain.
	 */
	public static int chainOf(String subjectType, String subjectId) {
		return Math.floorMod((subjectType + '/' + subjectId).hashCode(), CHAINS);
	}

	private void append(List<AuditRecord> lines) {
		// chains locked in ascending order, so two transactions never wait on each other
		// the other way round
		Map<Integer, List<AuditRecord>> byChain = new TreeMap<>();
		for (AuditRecord line : lines) {
			byChain.computeIfAbsent(chainOf(line.subjectType(), line.subjectId()), (chain) -> new ArrayList<>(1))
				.add(line);
		}
		List<Object[]> rows = new ArrayList<>(lines.size());
		byChain.forEach((chain, chainLines) -> {
			this.jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, CHAIN_LOCK + chain);
			// a statement of its own after the lock: its snapshot sees the last holder's
			// row
			List<String> last = this.jdbc.queryForList(
					"select hash from audit_trail where chain = ? order by seq desc limit 1", String.class, chain);
			String previous = last.isEmpty() ? GENESIS : last.get(0);
			for (AuditRecord line : chainLines) {
				String hash = hash(previous, line);
				rows.add(new Object[] { chain, Timestamp.from(line.occurredAt()), line.actor(), line.actorRole(),
						line.purpose(), line.action(), line.subjectType(), line.subjectId(), line.detail(), previous,
						hash });
				previous = hash;
			}
		});
		this.jdbc.batchUpdate("insert into audit_trail (chain, occurred_at, actor, actor_role, purpose, action,"
				+ " subject_type, subject_id, detail, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
	}

	/** Everything recorded about one record, oldest first (R1: who saw this entry). */
	public List<AuditRecord> about(String subjectType, String subjectId) {
		return this.jdbc.query("select * from audit_trail where subject_type = ? and subject_id = ? order by seq", ROWS,
				subjectType, subjectId);
	}

	/**
	 * Walks every chain and recomputes every hash.
	 * @return the outcome, naming the first row that does not fit when the trail was
	 * tampered with
	 */
	public Verification verify() {
		Map<Integer, String> heads = new TreeMap<>();
		long[] checked = { 0 };
		Long[] broken = { null };
		this.jdbc.query("select * from audit_trail order by chain, seq", (rs) -> {
			if (broken[0] != null) {
				return;
			}
			AuditRecord record = ROWS.mapRow(rs, 0);
			int chain = rs.getInt("chain");
			String storedPrevious = rs.getString("previous_hash");
			String storedHash = rs.getString("hash");
			if (!storedPrevious.equals(heads.getOrDefault(chain, GENESIS))
					|| !storedHash.equals(hash(storedPrevious, record))) {
				broken[0] = record.seq();
				return;
			}
			heads.put(chain, storedHash);
			checked[0]++;
		});
		return new Verification(broken[0] == null, checked[0], broken[0], headsHash(heads));
	}

	/** One value for the ends of all chains: a tail cut off any chain changes it. */
	private static String headsHash(Map<Integer, String> heads) {
		StringBuilder ends = new StringBuilder();
		heads.forEach((chain, head) -> ends.append(chain).append(':').append(head).append(';'));
		return HexFormat.of().formatHex(sha256().digest(ends.toString().getBytes(StandardCharsets.UTF_8)));
	}

	static String hash(String previous, AuditRecord record) {
		MessageDigest digest = sha256();
		for (String part : new String[] { previous, record.occurredAt().toString(), record.actor(), record.actorRole(),
				record.purpose(), record.action(), record.subjectType(), record.subjectId(), record.detail() }) {
			// length-prefixed, so no two different rows encode alike
			byte[] bytes = (part != null) ? part.getBytes(StandardCharsets.UTF_8) : new byte[0];
			digest.update(Integer.toString((part != null) ? bytes.length : -1).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) ':');
			digest.update(bytes);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The result of {@link #verify()}.
	 *
	 * @param intact whether every row fits the chain
	 * @param rowsChecked how many rows fit before the first that does not
	 * @param firstBrokenSeq the first row that does not fit, or {@code null}
	 * @param headHash a digest of every chain's last good hash: publish it elsewhere to
	 * detect a cut-off tail
	 */
	public record Verification(boolean intact, long rowsChecked, Long firstBrokenSeq, String headHash) {

	}

	/**
	 * The lines a transaction recorded, appended just before it commits: after the other
	 * synchronizations' before-commit work (last in order) and after the transaction's
	 * pending writes are flushed.
	 */
	private final class PendingLines implements TransactionSynchronization {

		private final List<AuditRecord> lines = new ArrayList<>(2);

		AuditTrail trail() {
			return AuditTrail.this;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!readOnly) {
				AuditTrail.this.flushPendingWrites.run();
			}
			append(this.lines);
		}

	}

}
