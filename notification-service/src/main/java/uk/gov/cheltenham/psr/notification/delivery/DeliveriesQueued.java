package uk.gov.cheltenham.psr.notification.delivery;

/**
 * Domain event: new deliveries were written, so the sender need not wait for its poll.
 */
public record DeliveriesQueued(int count) {
}
