package uk.gov.cheltenham.psr.register.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.cheltenham.psr.register.audit.EntryChangeAudit;
import uk.gov.cheltenham.psr.register.customer.CustomerSource.ContactDetailsFound;
import uk.gov.cheltenham.psr.register.customer.CustomerSource.FetchOutcome;
import uk.gov.cheltenham.psr.register.customer.CustomerSource.Found;
import uk.gov.cheltenham.psr.register.customer.CustomerSource.Gone;
import uk.gov.cheltenham.psr.register.customer.CustomerSource.NotKnown;
import uk.gov.cheltenham.psr.register.customer.CustomerSource.Unavailable;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryEvents;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.register.task.CroTask.TaskSubject;
import uk.gov.cheltenham.psr.register.task.CroTasks;
import uk.gov.cheltenham.psr.register.task.TaskKind;

/**
 * The customer records of entries (R2): fetches are requested in the transaction that
 * opens or links an entry, performed by a worker outside any transaction, and their
 * outcome stored in one transaction per fetch. The CRO corrects a record; each correction
 * is audited (D3).
 */
@Service
public class CustomerRecords {

	private static final Logger log = LoggerFactory.getLogger(CustomerRecords.class);

	private final CustomerRecordRepository records;

	private final CustomerFetchRepository fetches;

	private final IncidentFacts incidentFacts;

	private final CustomerSource source;

	private final Register register;

	private final CroTasks tasks;

	private final EntryChangeAudit changes;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate transaction;

	CustomerRecords(CustomerRecordRepository records, CustomerFetchRepository fetches, IncidentFacts incidentFacts,
			CustomerSource source, Register register, CroTasks tasks, EntryChangeAudit changes, JdbcTemplate jdbc,
			Clock clock, PlatformTransactionManager transactions) {
		this.records = records;
		this.fetches = fetches;
		this.incidentFacts = incidentFacts;
		this.source = source;
		this.register = register;
		this.tasks = tasks;
		this.changes = changes;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** A new entry's customer is fetched from the incident that opened it (R2). */
	@EventListener
	void on(EntryEvents.Opened opened) {
		opened.incidentIds()
			.forEach((incidentId) -> requestFetch(opened.entryId(), incidentId, FetchCause.ENTRY_OPENED, incidentId));
	}

	/** A linked incident may know more about the customer (I6, I7). */
	@EventListener
	void on(EntryEvents.IncidentLinked linked) {
		requestFetch(linked.entryId(), linked.incidentId(), FetchCause.INCIDENT_LINKED, linked.incidentId());
	}

	/**
	 * A service team reported changed contact details (I8): the update itself is read
	 * from incident-service and applied to the record. Joins the consumer's transaction.
	 * @return false when the register has no such entry
	 */
	@Transactional
	public boolean refetch(UUID entryId, UUID updateId) {
		Optional<Entry> entry = this.register.lookup(entryId);
		if (entry.isEmpty()) {
			return false;
		}
		UUID incidentId = this.fetches.findByEntryIdOrderByRequestedAtAsc(entryId)
			.stream()
			.map(CustomerFetch::incidentId)
			.reduce((first, second) -> second)
			.orElseGet(() -> entry.get().incidentIds().stream().min(Comparator.naturalOrder()).orElseThrow());
		requestFetch(entryId, incidentId, FetchCause.CONTACT_DETAILS_UPDATED, updateId);
		return true;
	}

	private void requestFetch(UUID entryId, UUID incidentId, FetchCause cause, UUID causeId) {
		if (!this.fetches.existsByEntryIdAndCauseId(entryId, causeId)) {
			this.fetches.save(CustomerFetch.request(entryId, incidentId, cause, causeId, this.clock.instant()));
		}
	}

	/**
	 * The worker's run: every due fetch is asked of the source outside any transaction
	 * (an HTTP call must not hold a database transaction or a consumer's partition), then
	 * its outcome stored in a transaction of its own.
	 */
	public void fetchDue() {
		List<CustomerFetch> due = this.transaction
			.execute((status) -> this.fetches.findFirst20ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
					CustomerFetch.FetchStatus.PENDING, this.clock.instant()));
		for (CustomerFetch fetch : (due != null) ? due : List.<CustomerFetch>of()) {
			// I8: a contact-details update is read as reported; everything else from the
			// incident
			FetchOutcome outcome = (fetch.cause() == FetchCause.CONTACT_DETAILS_UPDATED)
					? this.source.fetchContactDetails(fetch.causeId()) : this.source.fetch(fetch.incidentId());
			try {
				this.transaction.executeWithoutResult((status) -> apply(fetch.id(), outcome));
			}
			catch (RuntimeException ex) {
				// the id and class only: a message may carry personal data; retried next
				// run
				log.warn("Storing customer fetch {} failed: {}", fetch.id(), ex.getClass().getName());
			}
		}
	}

	private void apply(UUID fetchId, FetchOutcome outcome) {
		Optional<CustomerFetch> pending = this.fetches.findById(fetchId);
		if (pending.isEmpty() || pending.get().status() != CustomerFetch.FetchStatus.PENDING) {
			// purged with its entry, or finished by another instance meanwhile
			return;
		}
		CustomerFetch fetch = pending.get();
		Instant now = this.clock.instant();
		if (outcome instanceof Found found) {
			CustomerRecord record = this.records.findById(fetch.entryId())
				.orElseGet(() -> CustomerRecord.forEntry(fetch.entryId()));
			record.takeFetched(found.customer(), now);
			this.records.save(record);
			this.incidentFacts.record(fetch.entryId(), found.customer());
			this.register.addCustomerReferences(fetch.entryId(), found.customer().customerReferences());
			fetch.fetched(now);
		}
		else if (outcome instanceof ContactDetailsFound found) {
			CustomerRecord record = this.records.findById(fetch.entryId())
				.orElseGet(() -> CustomerRecord.forEntry(fetch.entryId()));
			record.takeContactDetails(found.details(), now);
			this.records.save(record);
			fetch.fetched(now);
		}
		else if (outcome instanceof NotKnown) {
			fetch.notKnown(now);
			raiseTask(fetch, TaskKind.CUSTOMER_NOT_FOUND, "incident-service does not know incident "
					+ fetch.incidentId() + ": check the incident and enter the customer record by hand");
		}
		else if (outcome instanceof Gone) {
			fetch.gone(now);
			raiseTask(fetch, TaskKind.CUSTOMER_GONE, "incident " + fetch.incidentId()
					+ " has been deleted in incident-service: enter the customer record by hand");
		}
		else if (outcome instanceof Unavailable unavailable) {
			fetch.failedFor(unavailable.reason(), now);
			if (fetch.status() == CustomerFetch.FetchStatus.GAVE_UP) {
				raiseTask(fetch, TaskKind.CUSTOMER_FETCH_GAVE_UP, "incident-service could not be reached in "
						+ fetch.attempts() + " attempts: enter the customer record by hand");
			}
		}
		this.fetches.save(fetch);
	}

	private void raiseTask(CustomerFetch fetch, TaskKind kind, String detail) {
		this.tasks.raise(kind, "customer-fetch:" + fetch.id(),
				new TaskSubject(fetch.entryId(), fetch.incidentId(), null), detail);
	}

	/**
	 * The CRO corrects the customer record (R2); the change is audited by field name
	 * (D3).
	 */
	@Transactional
	public CustomerRecord correct(UUID entryId, CustomerCorrection correction, String by, String reason) {
		this.register.find(entryId);
		CustomerRecord record = this.records.findById(entryId).orElseGet(() -> CustomerRecord.forEntry(entryId));
		List<String> changed = record.correct(correction, by, this.clock.instant());
		CustomerRecord saved = this.records.save(record);
		this.changes.recordChange(entryId, by,
				"customer record: " + (changed.isEmpty() ? "no change" : String.join(",", changed)), reason);
		return saved;
	}

	@Transactional(readOnly = true)
	public Optional<CustomerRecord> recordOf(UUID entryId) {
		return this.records.findById(entryId);
	}

	@Transactional(readOnly = true)
	public List<CustomerRecord> recordsOf(Collection<UUID> entryIds) {
		List<CustomerRecord> found = new ArrayList<>();
		this.records.findAllById(entryIds).forEach(found::add);
		return found;
	}

	@Transactional(readOnly = true)
	public List<CustomerFetch> fetchesOf(UUID entryId) {
		return this.fetches.findByEntryIdOrderByRequestedAtAsc(entryId);
	}

	/** Everything personal about the entry goes with it (R12, D5). */
	@EventListener
	void on(EntryEvents.Purged purged) {
		for (String table : List.of("customer_record", "customer_fetch", "entry_incident_detail")) {
			this.jdbc.update("delete from " + table + " where entry_id = ?", purged.entryId());
		}
	}

}
