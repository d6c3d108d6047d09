package uk.gov.cheltenham.psr.notification.subscription;

import java.util.UUID;

/** Domain event: a subscription was removed, so nothing more is sent to it. */
public record SubscriptionRemoved(UUID subscriptionId) {
}
