package uk.gov.cheltenham.psr.partnersync.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import uk.gov.cheltenham.psr.events.AppealDecided;
import uk.gov.cheltenham.psr.events.AppealLodged;
import uk.gov.cheltenham.psr.events.EntryApproved;
import uk.gov.cheltenham.psr.events.EntryExtended;
import uk.gov.cheltenham.psr.events.EntryOpened;
import uk.gov.cheltenham.psr.events.EntryPurged;
import uk.gov.cheltenham.psr.events.EntryRemoved;
import uk.gov.cheltenham.psr.events.EntryReviewed;
import uk.gov.cheltenham.psr.partnersync.agreement.RegisterChange;
import uk.gov.cheltenham.psr.partnersync.outbound.PartnerUpdates;
import uk.gov.cheltenham.psr.platform.inbox.IncomingEvents;

/**
 * Consumes {@code psr.register.events}: each register change becomes the updates CBH is
 * owed, recorded in the transaction that marks the event processed (P1, P3, R12). Events
 * that are not register changes for the partner are marked processed and left alone.
 */
@Configuration(proxyBeanMethods = false)
class RegisterEventsConsumer {

	static final String CONSUMER = "partner-sync-service";

	@Bean
	Consumer<Message<byte[]>> registerEvents(IncomingEvents incoming, PartnerUpdates partnerUpdates) {
		return incoming.handlers(CONSUMER).on(EntryOpened.class, (opened) -> {
			// an entry awaiting approval is not in force (R7): CBH has no need to know
			// yet
			if (!opened.approvalRequired()) {
				partnerUpdates.record(RegisterChange.ENTRY_OPENED, opened.entryId(), opened.eventId());
			}
		})
			// approval is when an entry that needed it comes into force
			.on(EntryApproved.class,
					(approved) -> partnerUpdates.record(RegisterChange.ENTRY_OPENED, approved.entryId(),
							approved.eventId()))
			.on(EntryExtended.class,
					(extended) -> partnerUpdates.record(RegisterChange.ENTRY_EXTENDED, extended.entryId(),
							extended.eventId()))
			.on(EntryReviewed.class,
					(reviewed) -> partnerUpdates.record(RegisterChange.ENTRY_REVIEWED, reviewed.entryId(),
							reviewed.eventId()))
			.on(AppealLodged.class,
					(lodged) -> partnerUpdates.record(RegisterChange.APPEAL_LODGED, lodged.entryId(), lodged.eventId()))
			.on(AppealDecided.class,
					(decided) -> partnerUpdates.record(RegisterChange.APPEAL_DECIDED, decided.entryId(),
							decided.eventId()))
			.on(EntryRemoved.class,
					(removed) -> partnerUpdates.record(RegisterChange.ENTRY_REMOVED, removed.entryId(),
							removed.eventId()))
			.on(EntryPurged.class,
					(purged) -> partnerUpdates.record(RegisterChange.ENTRY_PURGED, purged.entryId(), purged.eventId()));
	}

}
