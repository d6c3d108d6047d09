package uk.gov.cheltenham.psr.letters.delivery;

import java.util.UUID;

/**
 * A letter's delivery is due: once committed, the sender should run now, not at its next
 * poll.
 */
public record DeliveryRequested(UUID letterId) {
}
