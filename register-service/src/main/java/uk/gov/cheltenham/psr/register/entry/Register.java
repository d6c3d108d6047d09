package uk.gov.cheltenham.psr.register.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.platform.domain.NotFound;

/**
 * Application service of the register: each command is one transaction with its events.
 */
@Service
public class Register {

	private final Entries entries;

	private final Clock clock;

	public Register(Entries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
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
			entry.linkIncident(incident.incidentId(), incident.incidentType());
			return this.entries.save(entry);
		}
		return this.entries.save(Entry.openFrom(incident, LocalDate.now(this.clock)));
	}

	@Transactional(readOnly = true)
	public Entry find(UUID entryId) {
		return this.entries.findById(entryId).orElseThrow(() -> new NotFound("Entry " + entryId));
	}

	@Transactional(readOnly = true)
	public List<Entry> active() {
		return this.entries.findByStatusOrderByReviewDueAsc(EntryStatus.ACTIVE);
	}

}
