package uk.gov.cheltenham.psr.partnersync.outbound;

/**
 * Tells the rest of PSR that a disclosure was made (P3); implemented by the messaging
 * adapter through the outbox, so it is called inside the transaction that marks the
 * update sent.
 */
public interface DisclosureAnnouncements {

	void sent(OutboundUpdate update);

}
