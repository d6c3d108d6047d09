package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.UUID;

/**
 * CBH sent an update from its own register (P2); it becomes a task for the CRO and never
 * changes the register by itself.
 */
public record PartnerUpdateReceived(UUID eventId, Instant occurredAt, UUID receiptId, String changeKind,
		String agreementReference) implements PsrEvent {

	@Override
	public String aggregateId() {
		return receiptId.toString();
	}

	@Override
	public String topic() {
		return Topics.PARTNER_EVENTS;
	}

}
