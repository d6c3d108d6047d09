package uk.gov.cheltenham.psr.platform.sample;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.platform.audit.AuditRecord;
import uk.gov.cheltenham.psr.platform.audit.AuditTrail;
import uk.gov.cheltenham.psr.testsupport.PsrIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D3: the audit trail is append-only and a changed or removed row is detected. */
@PsrIntegrationTest
class AuditTrailIT {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private String recordThree() {
		String subject = UUID.randomUUID().toString();
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("cro-jane", null, "ROLE_CRO"));
		try {
			this.trail.record("READ", "entry", subject, "review", null);
			this.trail.record("CHANGE", "entry", subject, null, "restrictions");
			this.trail.record("DISCLOSE", "entry", subject, "letter", "customerName,address");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return subject;
	}

	@Test
	@DisplayName("D3: who, in which role, for what purpose, did what, when — listed per record")
	void recordsWhoWhatWhy() {
		String subject = recordThree();
		List<AuditRecord> records = this.trail.about("entry", subject);
		assertThat(records).extracting(AuditRecord::action).containsExactly("READ", "CHANGE", "DISCLOSE");
		assertThat(records.get(0).actor()).isEqualTo("cro-jane");
		assertThat(records.get(0).actorRole()).isEqualTo("CRO");
		assertThat(records.get(0).purpose()).isEqualTo("review");
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("D3: the trail refuses UPDATE and DELETE")
	void appendOnly() {
		String subject = recordThree();
		assertThatThrownBy(
				() -> this.jdbc.update("update audit_trail set actor = 'someone' where subject_id = ?", subject))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_trail where subject_id = ?", subject))
			.hasMessageContaining("append-only");
	}

	@Test
	@DisplayName("D3: a row changed or removed behind the trigger's back breaks the chain at that row")
	void tamperingDetected() {
		String subject = recordThree();
		List<Long> seqs = this.jdbc.queryForList("select seq from audit_trail where subject_id = ? order by seq",
				Long.class, subject);
		this.jdbc.execute("alter table audit_trail disable trigger audit_trail_no_update");
		try {
			this.jdbc.update("update audit_trail set actor = 'someone-else' where seq = ?", seqs.get(1));
			AuditTrail.Verification changed = this.trail.verify();
			assertThat(changed.intact()).isFalse();
			assertThat(changed.firstBrokenSeq()).isEqualTo(seqs.get(1));
			this.jdbc.update("update audit_trail set actor = 'cro-jane' where seq = ?", seqs.get(1));
			assertThat(this.trail.verify().intact()).isTrue();

			Map<String, Object> row = this.jdbc.queryForMap("select * from audit_trail where seq = ?", seqs.get(1));
			this.jdbc.update("delete from audit_trail where seq = ?", seqs.get(1));
			AuditTrail.Verification removed = this.trail.verify();
			assertThat(removed.intact()).isFalse();
			assertThat(removed.firstBrokenSeq()).isEqualTo(seqs.get(2));

			// put it back exactly, so the shared trail is whole again for other tests
			String columns = String.join(", ", row.keySet());
			String marks = String.join(", ", Collections.nCopies(row.size(), "?"));
			this.jdbc.update("insert into audit_trail (" + columns + ") values (" + marks + ")",
					row.values().toArray());
			assertThat(this.trail.verify().intact()).isTrue();
		}
		finally {
			this.jdbc.execute("alter table audit_trail enable trigger audit_trail_no_update");
		}
	}

	@Test
	@DisplayName("D3: lines recorded in a transaction are appended when it commits, in order and chained; a rolled-back transaction leaves none")
	void linesCommitWithTheirTransaction() {
		String kept = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((status) -> {
			this.trail.record("READ", "entry", kept, "review", null);
			this.trail.record("CHANGE", "entry", kept, null, "restrictions");
			assertThat(this.trail.about("entry", kept)).as("not before the commit").isEmpty();
		});
		assertThat(this.trail.about("entry", kept)).extracting(AuditRecord::action).containsExactly("READ", "CHANGE");

		String undone = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((status) -> {
			this.trail.record("CHANGE", "entry", undone, null, "restrictions");
			status.setRollbackOnly();
		});
		assertThat(this.trail.about("entry", undone)).isEmpty();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("D3: a transaction still at work after recording a line does not hold up other appends to the chain")
	void openTransactionDoesNotHoldTheChain() throws Exception {
		String slow = UUID.randomUUID().toString();
		String quick = UUID.randomUUID().toString();
		CountDownLatch recorded = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Void> slowTransaction = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((status) -> {
				this.trail.record("CHANGE", "entry", slow, null, "restrictions");
				recorded.countDown();
				await(finish);
			}));
		try {
			assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();
			// appended in a transaction of its own while the slow one is open
			CompletableFuture.runAsync(() -> this.trail.record("READ", "entry", quick, "review", null))
				.get(10, TimeUnit.SECONDS);
			assertThat(this.trail.about("entry", quick)).hasSize(1);
		}
		finally {
			finish.countDown();
		}
		slowTransaction.get(10, TimeUnit.SECONDS);
		List<Long> order = List.of(this.trail.about("entry", quick).get(0).seq(),
				this.trail.about("entry", slow).get(0).seq());
		assertThat(order).as("the chain's order is the order of commits").isSorted();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	@DisplayName("D3: while one transaction appends to a record's chain, lines for a record on another chain go ahead; lines on the same chain wait their turn")
	void chainsAppendSideBySide() throws Exception {
		String first = UUID.randomUUID().toString();
		int chain = AuditTrail.chainOf("entry", first);
		String sameChain = subjectOn(chain, true);
		String otherChain = subjectOn(chain, false);
		CountDownLatch appended = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((status) -> {
				this.trail.record("CHANGE", "entry", first, null, "restrictions");
				// runs after the trail's own before-commit work: the chain's lock is held
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public int getOrder() {
						return Ordered.LOWEST_PRECEDENCE;
					}

					@Override
					public void beforeCommit(boolean readOnly) {
						appended.countDown();
						await(finish);
					}
				});
			}));
		CompletableFuture<Void> waiting;
		try {
			assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
			CompletableFuture.runAsync(() -> this.trail.record("READ", "entry", otherChain, "review", null))
				.get(10, TimeUnit.SECONDS);
			waiting = CompletableFuture.runAsync(() -> this.trail.record("READ", "entry", sameChain, "review", null));
			Thread.sleep(500);
			assertThat(waiting).as("a line on the held chain waits").isNotDone();
		}
		finally {
			finish.countDown();
		}
		holder.get(10, TimeUnit.SECONDS);
		waiting.get(10, TimeUnit.SECONDS);
		assertThat(this.trail.about("entry", sameChain).get(0).seq())
			.isGreaterThan(this.trail.about("entry", first).get(0).seq());
		assertThat(this.trail.verify().intact()).isTrue();
	}

	private static String subjectOn(int chain, boolean same) {
		while (true) {
			String subject = UUID.randomUUID().toString();
			if ((AuditTrail.chainOf("entry", subject) == chain) == same) {
				return subject;
			}
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
