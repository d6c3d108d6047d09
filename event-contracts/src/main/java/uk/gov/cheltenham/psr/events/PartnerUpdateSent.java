package uk.gov.cheltenham.psr.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A register change was disclosed to CBH under the data-sharing agreement (P1, P3): the
 * field names, never their values.
 */
public record PartnerUpdateSent(UUID eventId, Instant occurredAt, UUID entryId, String agreementReference,
		List<String> disclosedFields) implements PsrEvent {

	@Override
	public String aggregateId() {
		return entryId.toString();
	}

	@Override
	public String topic() {
		return Topics.PARTNER_EVENTS;
	}

}
