package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;
import uk.gov.cheltenham.psr.partnersync.agreement.RegisterChange;

/**
 * Application service: records what CBH is owed for each register change, and answers
 * what was disclosed about an entry (P3).
 */
@Service
public class PartnerUpdates {

	private static final Logger log = LoggerFactory.getLogger(PartnerUpdates.class);

	private final OutboundUpdates updates;

	private final DataSharingAgreement agreement;

	private final Clock clock;

	public PartnerUpdates(OutboundUpdates updates, DataSharingAgreement agreement, Clock clock) {
		this.updates = updates;
		this.agreement = agreement;
		this.clock = clock;
	}

	/**
	 * Records the updates owed for one register change. Runs only inside the transaction
	 * that marks the event processed, so the record and the event's processing commit
	 * together; the {@link PartnerUpdateSender} delivers from these rows, never from
	 * here.
	 * @return the updates recorded now; none for an uncovered change or a redelivery
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<OutboundUpdate> record(RegisterChange change, UUID entryId, UUID sourceEventId) {
		boolean partnerToldBefore = this.updates.existsByEntryIdAndKind(entryId, UpdateKind.UPDATE);
		List<OutboundUpdate> owed = OutboundUpdate
			.owedFor(this.agreement, change, entryId, sourceEventId, partnerToldBefore, this.clock.instant())
			.stream()
			// the unique key catches a race; this keeps a plain redelivery quiet
			.filter((update) -> !this.updates.existsBySourceEventIdAndKind(sourceEventId, update.kind()))
			.toList();
		for (OutboundUpdate update : owed) {
			this.updates.save(update);
			log.info("Recorded {} {} for entry {} under {}", update.kind(), change.eventType(), entryId,
					update.agreementReference());
		}
		return owed;
	}

	/** Everything recorded for the partner about one entry, oldest first (P3). */
	@Transactional(readOnly = true)
	public List<OutboundUpdate> disclosuresAbout(UUID entryId) {
		return this.updates.findByEntryId(entryId)
			.stream()
			// a purge's update and deletion request share a time: the update comes first
			.sorted(Comparator.comparing(OutboundUpdate::createdAt).thenComparing(OutboundUpdate::kind))
			.toList();
	}

}
