package uk.gov.cheltenham.psr.partnersync.inbound;

/**
 * Tells register-service that CBH sent an update, so it becomes a task for the CRO (P2);
 * implemented by the messaging adapter through the outbox, inside the receipt's
 * transaction.
 */
public interface ReceiptAnnouncements {

	void received(PartnerUpdateReceipt receipt);

}
