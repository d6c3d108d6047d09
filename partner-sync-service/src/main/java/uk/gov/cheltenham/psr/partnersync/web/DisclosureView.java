package uk.gov.cheltenham.psr.partnersync.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.partnersync.outbound.DeliveryStatus;
import uk.gov.cheltenham.psr.partnersync.outbound.OutboundUpdate;
import uk.gov.cheltenham.psr.partnersync.outbound.UpdateKind;

/**
 * One line of the disclosure report: when, to whom, under which agreement, which fields,
 * and whether it has been delivered yet (with the attempts and the last failure, which
 * never holds personal data).
 */
record DisclosureView(UUID id, UUID entryId, UpdateKind kind, String change, Instant recordedAt, String recipient,
		String agreementReference, List<String> fields, DeliveryStatus status, int attempts, String lastError,
		Instant sentAt) {

	static DisclosureView of(OutboundUpdate update) {
		return new DisclosureView(update.id(), update.entryId(), update.kind(), update.change().eventType(),
				update.createdAt(), update.recipient(), update.agreementReference(), update.disclosedFields(),
				update.status(), update.attempts(), update.lastError(), update.sentAt());
	}

}
