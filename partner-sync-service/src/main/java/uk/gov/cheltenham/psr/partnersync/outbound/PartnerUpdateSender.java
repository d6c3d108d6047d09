package uk.gov.cheltenham.psr.partnersync.outbound;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the updates that are due (P1), each in its own transaction that holds the row
 * locked: the attempt's outcome, and on success the {@code PartnerUpdateSent}
 * announcement, commit together. Should the commit fail after the server accepted the
 * message, it is sent again with the same update id, which the partner uses to drop the
 * copy. Run by the platform's polling worker, never from a Kafka handler.
 */
public class PartnerUpdateSender {

	private static final Logger log = LoggerFactory.getLogger(PartnerUpdateSender.class);

	private final OutboundUpdates updates;

	private final PartnerMailbox mailbox;

	private final DisclosureAnnouncements announcements;

	private final RetryPolicy retries;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public PartnerUpdateSender(OutboundUpdates updates, PartnerMailbox mailbox, DisclosureAnnouncements announcements,
			RetryPolicy retries, TransactionTemplate transactions, Clock clock) {
		this.updates = updates;
		this.mailbox = mailbox;
		this.announcements = announcements;
		this.retries = retries;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Tries every update that is due once. */
	public void sendDue() {
		for (UUID id : this.updates.findIdsByStatusDueBy(DeliveryStatus.PENDING, this.clock.instant())) {
			this.transactions.executeWithoutResult((status) -> sendOne(id));
		}
	}

	private void sendOne(UUID id) {
		OutboundUpdate update = this.updates.findForDelivery(id).orElse(null);
		// another sender may have got there first
		if (update == null || !update.isDue(this.clock.instant())) {
			return;
		}
		if (update.deliverVia(this.mailbox, this.clock.instant(), this.retries)) {
			this.announcements.sent(update);
			log.info("Sent {} {} under {}", update.kind(), update.id(), update.agreementReference());
		}
		else {
			log.warn("Delivery of {} failed (attempt {}, now {}): {}", update.id(), update.attempts(), update.status(),
					update.lastError());
		}
	}

}
