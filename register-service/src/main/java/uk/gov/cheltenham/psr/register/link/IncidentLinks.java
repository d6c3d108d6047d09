package uk.gov.cheltenham.psr.register.link;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.register.customer.CustomerRecords;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryStatus;
import uk.gov.cheltenham.psr.register.entry.Register;
import uk.gov.cheltenham.psr.register.entry.ReviewedIncident;
import uk.gov.cheltenham.psr.register.task.CroTask.TaskSubject;
import uk.gov.cheltenham.psr.register.task.CroTasks;
import uk.gov.cheltenham.psr.register.task.TaskKind;

/**
 * Routes what incident-service reports about the register's customers. Runs inside the
 * consumer's transaction, so the processed-event row, the entry and any task commit
 * together.
 */
@Service
public class IncidentLinks {

	private final Register register;

	private final CustomerRecords customerRecords;

	private final CroTasks tasks;

	IncidentLinks(Register register, CustomerRecords customerRecords, CroTasks tasks) {
		this.register = register;
		this.customerRecords = customerRecords;
		this.tasks = tasks;
	}

	/**
	 * A reviewed incident: opens an entry, or joins the entry it names (I6, I7). When
	 * that entry is unknown or no longer active the CRO gets a task with what is needed
	 * to act on it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reviewed(ReviewedIncident incident, Optional<UUID> linkedEntryId) {
		if (linkedEntryId.isEmpty()) {
			this.register.record(incident, Optional.empty());
			return;
		}
		UUID entryId = linkedEntryId.get();
		Optional<Entry> linked = this.register.lookup(entryId);
		TaskSubject subject = new TaskSubject(entryId, incident.incidentId(), null);
		String facts = "incident " + incident.incidentId() + " (" + incident.incidentType() + ", outcome "
				+ incident.basis() + ")";
		if (linked.isEmpty()) {
			this.tasks.raise(TaskKind.LINKED_ENTRY_UNKNOWN, "linked-entry:" + incident.incidentId(), subject,
					"Reviewed " + facts + " names entry " + entryId
							+ ", which the register does not have: find the right entry or open one");
		}
		else if (linked.get().status() != EntryStatus.ACTIVE) {
			this.tasks.raise(TaskKind.LINKED_ENTRY_NOT_ACTIVE, "linked-entry:" + incident.incidentId(), subject,
					"Reviewed " + facts + " names entry " + entryId + ", which is " + linked.get().status()
							+ ": decide whether a new entry is needed");
		}
		else {
			this.register.record(incident, linkedEntryId);
		}
	}

	/**
	 * A contact-details update (I8): the entry's customer record is fetched again; an
	 * update for an entry the register lacks becomes a task.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void contactDetailsUpdated(UUID updateId, UUID entryId) {
		if (!this.customerRecords.refetch(entryId, updateId)) {
			this.tasks.raise(TaskKind.CONTACT_UPDATE_ENTRY_UNKNOWN, "contact-update:" + updateId,
					new TaskSubject(entryId, null, updateId),
					"A contact-details update names entry " + entryId + ", which the register does not have");
		}
	}

}
