package uk.gov.cheltenham.psr.partnersync.messaging;

import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.gov.cheltenham.psr.events.PartnerUpdateReceived;
import uk.gov.cheltenham.psr.events.PartnerUpdateSent;
import uk.gov.cheltenham.psr.partnersync.inbound.PartnerUpdateReceipt;
import uk.gov.cheltenham.psr.partnersync.inbound.ReceiptAnnouncements;
import uk.gov.cheltenham.psr.partnersync.outbound.DisclosureAnnouncements;
import uk.gov.cheltenham.psr.partnersync.outbound.OutboundUpdate;
import uk.gov.cheltenham.psr.platform.outbox.Outbox;

/**
 * Announces disclosures and receipts through the outbox, in the transaction that records
 * them (P2, P3): field names and references only, never values. The update's id is the
 * event id, so a resend cannot announce twice.
 */
@Component
class PartnerEventPublisher implements DisclosureAnnouncements, ReceiptAnnouncements {

	private final Outbox outbox;

	PartnerEventPublisher(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void sent(OutboundUpdate update) {
		this.outbox.publish(new PartnerUpdateSent(update.id(), update.sentAt(), update.entryId(),
				update.agreementReference(), update.disclosedFields()));
	}

	@Override
	public void received(PartnerUpdateReceipt receipt) {
		this.outbox.publish(new PartnerUpdateReceived(UUID.randomUUID(), receipt.receivedAt(), receipt.id(),
				receipt.changeKind().name(), receipt.agreementReference()));
	}

}
