package uk.gov.cheltenham.psr.partnersync.outbound;

import java.util.UUID;

/**
 * One message to the partner, ready to send: addressed to the agreement's recipient and
 * identified by the update's id, so the partner can drop a copy sent twice.
 *
 * @param updateId the outbound update's id, the message's idempotency key
 * @param recipient the partner's contact mailbox
 * @param subject no personal data
 * @param body the field names and, for now, the entry id and change kind
 */
public record PartnerMessage(UUID updateId, String recipient, String subject, String body) {

}
