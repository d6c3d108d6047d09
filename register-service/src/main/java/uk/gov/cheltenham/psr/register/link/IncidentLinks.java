package uk.gov.cheltenham.psr.register.link;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.register.customer.CustomerRecords;
import uk.gov.cheltenham.psr.register.entry.Entry;
import uk.gov.cheltenham.psr.register.entry.EntryStatus;
import uk.gov.cheltenham.psr.register.entry.IncidentType;
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
		String facts = "incident " + incident.incidentId() + " (" + incident.incidentType() + ", outcome "
				+ incident.basis() + ")";
		if (isActive(linkedEntryId.get(), incident.incidentId(), facts)) {
			this.register.record(incident, linkedEntryId);
		}
	}

	/**
	 * A repeat incident whose review took no action (no further action or informal
	 * action): it still joins the entry it names as evidence for the next review, with no
	 * change to the period or basis (I6); tasks as for {@link #reviewed}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reviewedWithoutAction(UUID incidentId, IncidentType incidentType, String outcome, UUID entryId) {
		String facts = "incident " + incidentId + " (" + incidentType + ", outcome " + outcome + ")";
		if (isActive(entryId, incidentId, facts)) {
			this.register.linkAsEvidence(entryId, incidentId);
		}
	}

	/**
	 * Whether the entry a reviewed incident names is active; if it is unknown or not
	 * active, the CRO gets a task.
	 */
	private boolean isActive(UUID entryId, UUID incidentId, String facts) {
		Optional<Entry> linked = this.register.lookup(entryId);
		TaskSubject subject = new TaskSubject(entryId, incidentId, null);
		if (linked.isEmpty()) {
			this.tasks.raise(TaskKind.LINKED_ENTRY_UNKNOWN, "linked-entry:" + incidentId, subject,
					"Reviewed " + facts + " names entry " + entryId
							+ ", which the register does not have: find the right entry or open one");
			return false;
		}
		if (linked.get().status() != EntryStatus.ACTIVE) {
			this.tasks.raise(TaskKind.LINKED_ENTRY_NOT_ACTIVE, "linked-entry:" + incidentId, subject,
					"Reviewed " + facts + " names entry " + entryId + ", which is " + linked.get().status()
							+ ": decide whether a new entry is needed");
			return false;
		}
		return true;
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
