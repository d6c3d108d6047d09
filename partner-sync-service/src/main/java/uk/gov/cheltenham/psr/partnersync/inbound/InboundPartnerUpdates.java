package uk.gov.cheltenham.psr.partnersync.inbound;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.cheltenham.psr.partnersync.agreement.DataSharingAgreement;

/**
 * Application service for updates from CBH (P2, P3): the first delivery under a key is
 * recorded and announced; a replay is answered with that first receipt and records
 * nothing.
 */
@Service
public class InboundPartnerUpdates {

	private static final Logger log = LoggerFactory.getLogger(InboundPartnerUpdates.class);

	private final PartnerUpdateReceipts receipts;

	private final ReceiptAnnouncements announcements;

	private final DataSharingAgreement agreement;

	private final Clock clock;

	public InboundPartnerUpdates(PartnerUpdateReceipts receipts, ReceiptAnnouncements announcements,
			DataSharingAgreement agreement, Clock clock) {
		this.receipts = receipts;
		this.announcements = announcements;
		this.agreement = agreement;
		this.clock = clock;
	}

	/** The outcome of a delivery: the receipt, and whether it was a replay. */
	public record Received(PartnerUpdateReceipt receipt, boolean replay) {

	}

	@Transactional
	public Received receive(String idempotencyKey, PartnerChangeKind changeKind, String partnerReference,
			String summary, String receivedBy) {
		if (idempotencyKey != null) {
			var first = this.receipts.findByIdempotencyKey(idempotencyKey);
			if (first.isPresent()) {
				log.info("Replayed partner update {} answered with receipt {}", idempotencyKey, first.get().id());
				return new Received(first.get(), true);
			}
		}
		PartnerUpdateReceipt receipt = PartnerUpdateReceipt.accept(this.agreement, idempotencyKey, changeKind,
				partnerReference, summary, receivedBy, this.clock.instant());
		this.receipts.save(receipt);
		this.announcements.received(receipt);
		log.info("Received partner update {} ({}) under {}", receipt.id(), receipt.changeKind(),
				receipt.agreementReference());
		return new Received(receipt, false);
	}

}
