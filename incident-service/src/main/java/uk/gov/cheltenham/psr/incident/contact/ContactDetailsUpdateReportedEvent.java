package uk.gov.cheltenham.psr.incident.contact;

import java.time.Instant;
import java.util.UUID;

/**
 * Domain event: a contact-details update was reported (I8). Ids only; mapped to the
 * published contract in messaging/.
 */
public record ContactDetailsUpdateReportedEvent(UUID updateId, UUID entryId, Instant reportedAt) {
}
