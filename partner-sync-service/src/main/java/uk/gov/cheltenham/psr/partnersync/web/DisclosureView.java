package uk.gov.cheltenham.psr.partnersync.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.gov.cheltenham.psr.partnersync.agreement.DeliveryChannel;
import uk.gov.cheltenham.psr.partnersync.outbound.DeliveryStatus;
import uk.gov.cheltenham.psr.partnersync.outbound.OutboundUpdate;
import uk.gov.cheltenham.psr.partnersync.outbound.UpdateKind;

/**
 * One line of the disclosure report (P3): which fields (names, never values), to whom and
 * by which channel, under which agreement, when it was recorded and sent, and the outcome
 * (PENDING, SENT, FAILED or CANCELLED, with the attempts and the last failure, which
 * never holds personal data). A deletion request is a line of its own.
 */
record DisclosureView(UUID id, UUID entryId, UpdateKind kind, String change, Instant recordedAt,
		DeliveryChannel channel, String recipient, String agreementReference, List<String> fields,
		DeliveryStatus status, int attempts, String lastError, Instant sentAt) {

	static DisclosureView of(OutboundUpdate update) {
		return new DisclosureView(update.id(), update.entryId(), update.kind(), update.change().eventType(),
				update.createdAt(), update.channel(), update.recipient(), update.agreementReference(),
				update.disclosedFields(), update.status(), update.attempts(), update.lastError(), update.sentAt());
	}

}
