package uk.gov.cheltenham.psr.notification.web;

import java.time.Instant;
import java.util.UUID;

import uk.gov.cheltenham.psr.notification.subscription.TeamSubscription;

/** What the API shows of a subscription. */
record SubscriptionView(UUID id, String team, String email, String webhookUrl, boolean active, Instant createdAt,
		String createdBy) {

	static SubscriptionView of(TeamSubscription subscription) {
		return new SubscriptionView(subscription.id(), subscription.team(), subscription.email(),
				subscription.webhookUrl(), subscription.isActive(), subscription.createdAt(), subscription.createdBy());
	}

}
