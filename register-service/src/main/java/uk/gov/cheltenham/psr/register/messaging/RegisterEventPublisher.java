package uk.gov.cheltenham.psr.register.messaging;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.events.EntryApproved;
import uk.gov.cheltenham.psr.events.EntryDeclined;
import uk.gov.cheltenham.psr.events.EntryExtended;
import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EntryRemoved;
import uk.gov.cheltenham.psr.events.LetterRequested;
import uk.gov.cheltenham.psr.events.LetterType;
import uk.gov.cheltenham.psr.events.Marker;
import uk.gov.cheltenham.psr.events.MarkerSet;
import uk.gov.cheltenham.psr.events.MarkerWithdrawn;
import uk.gov.cheltenham.psr.events.NoticeWithheld;
import uk.gov.cheltenham.psr.events.RestrictionsSet;
import uk.gov.cheltenham.psr.events.ReviewOutcome;
import uk.gov.cheltenham.psr.platform.outbox.Outbox;
import uk.gov.cheltenham.psr.register.entry.EntryBasis;
import uk.gov.cheltenham.psr.register.entry.EntryEvents;

/**
 * Maps entry domain events to published contracts and markers, in the transaction that
 * saves the entry (the outbox publishes after commit).
 */
@Component
class RegisterEventPublisher {

	private final Outbox outbox;

	private final Clock clock;

	RegisterEventPublisher(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@EventListener
	void on(EntryEvents.Opened opened) {
		this.outbox
			.publish(new EntryOpened(UUID.randomUUID(), this.clock.instant(), opened.entryId(), opened.incidentIds(),
					(opened.basis() == EntryBasis.WARNING_LETTER) ? ReviewOutcome.WARNING_LETTER
							: ReviewOutcome.REGISTER_ENTRY,
					opened.restrictionPeriod().toString(), opened.expiresOn(), opened.reviewDue(),
					opened.approvalRequired()));
	}

	@EventListener
	void on(EntryEvents.MarkerSet markerSet) {
		String team = markerSet.reference().team();
		String reference = markerSet.reference().reference();
		this.outbox.setMarker(new Marker(team, reference));
		this.outbox
			.publish(new MarkerSet(UUID.randomUUID(), this.clock.instant(), markerSet.entryId(), team, reference));
	}

	@EventListener
	void on(EntryEvents.LetterRequested requested) {
		this.outbox.publish(new LetterRequested(UUID.randomUUID(), this.clock.instant(), requested.entryId(),
				requested.requestId(), LetterType.valueOf(requested.kind().name())));
	}

	@EventListener
	void on(EntryEvents.NoticeWithheld withheld) {
		this.outbox.publish(new NoticeWithheld(UUID.randomUUID(), this.clock.instant(), withheld.entryId(),
				withheld.heldRequestIds()));
	}

	@EventListener
	void on(EntryEvents.MarkerWithdrawn withdrawn) {
		String team = withdrawn.reference().team();
		String reference = withdrawn.reference().reference();
		// a tombstone: compaction leaves no trace of the marker (M2)
		this.outbox.removeMarker(new Marker(team, reference));
		this.outbox.publish(
				new MarkerWithdrawn(UUID.randomUUID(), this.clock.instant(), withdrawn.entryId(), team, reference));
	}

	@EventListener
	void on(EntryEvents.Removed removed) {
		this.outbox
			.publish(new EntryRemoved(UUID.randomUUID(), this.clock.instant(), removed.entryId(), removed.purgeDue()));
	}

	@EventListener
	void on(EntryEvents.Extended extended) {
		this.outbox.publish(new EntryExtended(UUID.randomUUID(), this.clock.instant(), extended.entryId(),
				extended.expiresOn(), extended.reviewDue()));
	}

	@EventListener
	void on(EntryEvents.Purged purged) {
		this.outbox.publish(new EntryPurged(UUID.randomUUID(), this.clock.instant(), purged.entryId()));
	}

	// ---- R4, R7 ----

	@EventListener
	void on(EntryEvents.RestrictionsSet set) {
		this.outbox.publish(new RestrictionsSet(UUID.randomUUID(), this.clock.instant(), set.entryId(),
				set.kinds().stream().map(Enum::name).toList(), set.councilWide()));
	}

	@EventListener
	void on(EntryEvents.Declined declined) {
		this.outbox.publish(new EntryDeclined(UUID.randomUUID(), this.clock.instant(), declined.entryId(),
				declined.declinerRole(), declined.purgeDue()));
	}

	@EventListener
	void on(EntryEvents.Approved approved) {
		this.outbox.publish(new EntryApproved(UUID.randomUUID(), this.clock.instant(), approved.entryId(),
				approved.approverRole()));
	}

}
