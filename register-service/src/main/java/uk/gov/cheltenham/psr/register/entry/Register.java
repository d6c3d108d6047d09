package uk.gov.cheltenham.psr.register.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.platform.domain.NotFound;

/**
 * Application service of the register: each command is one transaction with its events.
 */
@Service
public class Register {

	private static final Logger log = LoggerFactory.getLogger(Register.class);

	private final Entries entries;

	private final Clock clock;

	private final PurgedEntryCounts counts;

	private final TransactionTemplate transaction;

	public Register(Entries entries, Clock clock, PurgedEntryCounts counts, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.clock = clock;
		this.counts = counts;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Acts on a reviewed incident: links it to its existing entry (I6, I7) or opens a new
	 * one. Runs inside the consumer's transaction so the processed-event row commits with
	 * it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Entry record(ReviewedIncident incident, Optional<UUID> linkedEntryId) {
		if (linkedEntryId.isPresent()) {
			Entry entry = find(linkedEntryId.get());
			entry.linkReviewedIncident(incident, today());
			return this.entries.save(entry);
		}
		return this.entries.save(Entry.openFrom(incident, LocalDate.now(this.clock)));
	}

	/**
	 * A repeat incident reviewed without action joins its entry as evidence (I6). Runs
	 * inside the consumer's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Entry linkAsEvidence(UUID entryId, UUID incidentId) {
		Entry entry = find(entryId);
		entry.linkAsEvidence(incidentId);
		return this.entries.save(entry);
	}

	/**
	 * A report of a breach of an entry's restrictions was accepted (I7): the entry
	 * records it. Runs inside the consumer's transaction; an entry the register lacks is
	 * left to the review, which raises a task for the CRO.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordBreachReport(UUID entryId, UUID incidentId) {
		this.entries.findById(entryId).ifPresent((entry) -> {
			entry.recordBreachReport(incidentId);
			this.entries.save(entry);
		});
	}

	/**
	 * letters-service sent a letter of this entry (R8). Runs inside the consumer's
	 * transaction; an entry already purged has nothing to record.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordLetterSent(UUID entryId, UUID requestId, EntryEvents.LetterKind kind, LocalDate sentOn) {
		this.entries.findById(entryId).ifPresent((entry) -> {
			entry.recordLetterSent(requestId, kind, sentOn);
			this.entries.save(entry);
		});
	}

	@Transactional
	public Entry decideRemoval(UUID entryId) {
		Entry entry = find(entryId);
		entry.decideRemoval(today());
		return this.entries.save(entry);
	}

	@Transactional
	public Entry approveRemoval(UUID entryId) {
		Entry entry = find(entryId);
		entry.approveRemoval(today());
		return this.entries.save(entry);
	}

	@Transactional
	public Entry setRestrictionPeriod(UUID entryId, Period period, String reason, String decidedBy) {
		Entry entry = find(entryId);
		entry.setRestrictionPeriod(period, reason, decidedBy, today());
		return this.entries.save(entry);
	}

	/**
	 * The scheduled job: expires entries past their period (R3), purges removed (and
	 * declined, R7) entries 6 months on (R12) and lets withheld notice past its re-check
	 * lapse (R8). One transaction per entry, so one failure holds up no other.
	 */
	public void housekeeping() {
		LocalDate today = today();
		for (Entry expired : this.entries.findByStatusAndExpiresOnLessThanEqual(EntryStatus.ACTIVE, today)) {
			inOwnTransaction(expired.id(), () -> {
				Entry entry = find(expired.id());
				if (entry.isExpiredOn(today)) {
					entry.expire(today);
					this.entries.save(entry);
				}
			});
		}
		for (Entry due : this.entries.findByStatusInAndPurgeDueLessThanEqual(EntryStatus.PURGED_AFTER_RETENTION,
				today)) {
			inOwnTransaction(due.id(), () -> {
				Entry entry = find(due.id());
				if (entry.isPurgeDue(today)) {
					entry.purge(today);
					// save publishes Purged (audit rows and copies elsewhere go with it)
					Entry saved = this.entries.save(entry);
					// a declined entry was never on the register: no count (R7)
					if (saved.status() == EntryStatus.REMOVED) {
						this.counts.countPurged(saved.basis(), saved.closedInMonth());
					}
					this.entries.delete(saved);
				}
			});
		}
		lapseOverdueNoticeWithholding(today);
	}

	/** R8: notice withheld past its re-check date without a re-decision is given. */
	private void lapseOverdueNoticeWithholding(LocalDate today) {
		for (Entry overdue : this.entries.findByNoticeWithholdingRecheckOnLessThanEqual(today)) {
			inOwnTransaction(overdue.id(), () -> {
				Entry entry = find(overdue.id());
				if (entry.isNoticeRecheckOverdue(today)) {
					entry.lapseNoticeWithholding(today);
					this.entries.save(entry);
				}
			});
		}
	}

	private void inOwnTransaction(UUID entryId, Runnable work) {
		try {
			this.transaction.executeWithoutResult((status) -> work.run());
		}
		catch (RuntimeException ex) {
			// the id and class only: a message may carry personal data; retried next run
			log.warn("Housekeeping of entry {} failed: {}", entryId, ex.getClass().getName());
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	// ---- I6, I7, R2 (links and customer record) ----

	/** The entry, if the register has it (a linked entry id may be wrong, I6). */
	@Transactional(readOnly = true)
	public Optional<Entry> lookup(UUID entryId) {
		return this.entries.findById(entryId);
	}

	/** New team references found in a customer record get markers (R2, M1). */
	@Transactional
	public Entry addCustomerReferences(UUID entryId, List<TeamReference> references) {
		Entry entry = find(entryId);
		entry.addCustomerReferences(references);
		return this.entries.save(entry);
	}

	// ---- end I6, I7, R2 ----

	@Transactional(readOnly = true)
	public Entry find(UUID entryId) {
		return this.entries.findById(entryId).orElseThrow(() -> new NotFound("Entry " + entryId));
	}

	@Transactional(readOnly = true)
	public List<Entry> active() {
		return this.entries.findByStatusOrderByReviewDueAsc(EntryStatus.ACTIVE);
	}

}
